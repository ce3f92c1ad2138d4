def f():
    raise ValueError("x")

f()
