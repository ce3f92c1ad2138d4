import builtins
builtins.__main__ = lambda argv: print('builtins hook called')
print('body runs')
