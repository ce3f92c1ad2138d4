# LEGB scoping rules
x = "global x"
def f():
    print("f sees", x)
def g():
    x = "local g"
    def h():
        print("h sees", x)
    h()
    print("g sees", x)
f(); g()
print("module sees", x)
len = lambda s: 42
print(len("abc"))
del len
print(len("abc"))
def uses_builtin():
    return max([1, 5, 2])
print(uses_builtin())
class C:
    y = 10
    z = [y * 2]
    w = [i for i in range(3)]
    def method(self):
        try:
            return y
        except NameError as e:
            return "NameError: " + str(e)
print(C.z, C.w, C().method())
def counter_gen():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return [step() for _ in range(4)]
print(counter_gen())
def late():
    def inner():
        return later_var
    later_var = "defined after inner"
    return inner()
print(late())
