def __main__(argv):
    print('lib hook called with', argv)
    return 4
