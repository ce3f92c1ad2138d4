# generator functions
def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("done")
g = countdown(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(5, fib())), list(take(0, fib())))
def squares(xs):
    for x in xs:
        yield x * x
print(sum(squares(range(5))), list(squares([])), max(squares([-5, 3])))
def pairs(s):
    it = iter(s)
    for a in it:
        b = next(it, None)
        yield (a, b)
print(list(pairs("abcde")))
def multi():
    yield 1
    yield "two"
    yield [3]
    return
print([x for x in multi()], list(zip(multi(), countdown(2))))
def gen_with_local_state():
    total = 0
    for i in range(1, 6):
        total += i
        yield total
print(list(gen_with_local_state()))
g = countdown(0)
print(list(g), list(g))
