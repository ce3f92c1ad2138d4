def f():
    import mod
    return mod.X
print(f())
print("mod" in dir())
