def __main__(argv):
    print('first hook')
def __main__(argv):
    print('second hook')
    return 2
