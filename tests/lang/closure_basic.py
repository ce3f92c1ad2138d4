# closures capture variables, not values
def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), double(triple(2)), [make_multiplier(i)(10) for i in range(4)])
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(); inc(10)
print(get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()
print(outer())
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
def adders():
    out = []
    for i in range(3):
        def add(x, i=i):
            return x + i
        out.append(add)
    return out
print([a(100) for a in adders()])
