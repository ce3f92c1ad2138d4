def helper():
    raise ValueError('hook failed')
def __main__(argv):
    print('hook runs')
    helper()
print('body runs')
