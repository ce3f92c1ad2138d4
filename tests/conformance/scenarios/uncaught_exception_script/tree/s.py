def fail():
    raise ValueError('x')
print('before')
fail()
