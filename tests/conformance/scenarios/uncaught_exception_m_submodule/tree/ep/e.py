def fail():
    raise RuntimeError('deep')
fail()
