def __main__(argv):
    print('hook')
    return 3
del __main__
print('body done')
