def __main__(argv):
    print('late is', late)
late = 'defined after the hook'
