print('before')
raise ValueError('x')
