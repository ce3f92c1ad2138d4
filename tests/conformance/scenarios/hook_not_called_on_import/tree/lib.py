def __main__(argv):
    print('lib hook called')
    return 4
