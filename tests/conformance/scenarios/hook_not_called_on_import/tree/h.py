import lib
print('body runs')
