print('body runs')
def __main__(argv):
    print('hook runs')
    return False
