# function factories and memoization via closures
def memoize(fn):
    cache = {}
    calls = [0]
    def wrapper(n):
        if n not in cache:
            calls[0] += 1
            cache[n] = fn(n)
        return cache[n]
    wrapper.calls = calls
    return wrapper
@memoize
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(90), slow_fib.calls[0])
def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed
inc = lambda x: x + 1
sq = lambda x: x * x
print(compose(inc, sq)(3), compose(sq, inc)(3), compose()(7))
def accumulator(start):
    total = start
    def acc(x):
        nonlocal total
        total += x
        return total
    return acc
a = accumulator(100)
print([a(i) for i in range(5)])
def make_ops():
    ops = {}
    for name, op in [("add", lambda a, b: a + b), ("sub", lambda a, b: a - b), ("mul", lambda a, b: a * b)]:
        ops[name] = op
    return ops
ops = make_ops()
print({k: f(7, 3) for k, f in ops.items()})
def curry(f, n):
    def curried(*args):
        if len(args) >= n:
            return f(*args)
        return lambda *more: curried(*(args + more))
    return curried
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
