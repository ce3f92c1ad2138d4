def __main__(argv):
    g = globals()
    print('__sys' in g, 'sys' in g, sorted(k for k in g if not k.startswith('__')))
x = 1
