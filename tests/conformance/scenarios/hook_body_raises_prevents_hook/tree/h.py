def __main__(argv):
    print('hook')
    return 9
print('body raises')
raise RuntimeError('body failed')
