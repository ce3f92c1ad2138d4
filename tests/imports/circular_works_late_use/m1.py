import m2
def f():
    return m2.g()
