print('body runs')
__main__ = 42
