import __main__
print('body runs')
