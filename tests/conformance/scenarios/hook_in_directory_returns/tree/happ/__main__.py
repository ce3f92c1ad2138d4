def __main__(argv):
    print('dir hook', argv)
    return 'dir hook failed'
