def __main__(argv):
    print('package __init__ hook called')
