# functions as first-class values: passing, returning, storing, attributes
def apply(fn, *args):
    return fn(*args)
def twice(fn):
    return lambda x: fn(fn(x))
def inc(x):
    return x + 1
print(apply(inc, 1), apply(max, 3, 9, 2), twice(inc)(5), twice(twice(inc))(0))
dispatch = {"inc": inc, "neg": lambda x: -x, "sq": lambda x: x * x, "str": str}
print([dispatch[k](7) for k in ("inc", "neg", "sq", "str")])
pipeline = [inc, abs, str, len]
v = -15
for fn in pipeline:
    v = fn(v)
print(v)
print(inc.__name__, type(inc).__name__, callable(inc), inc.__doc__)
def documented():
    """This function has a docstring."""
    return 1
print(documented.__doc__, documented.__name__)
inc.calls = 0
inc.calls += 1
print(inc.calls)
funcs = [inc, documented, len, print]
print([f.__name__ for f in funcs])
def make_adders():
    return [lambda x, n=n: x + n for n in range(1, 4)]
print([f(10) for f in make_adders()])
print(sorted([inc, documented], key=lambda f: f.__name__) == [documented, inc])
def outer():
    def inner():
        return "inner"
    return inner
print(outer()(), outer().__name__)
alias = inc
del inc
print(alias(41), alias.__name__)
def varargs_info(*args, **kwargs):
    return len(args), sorted(kwargs)
print(varargs_info(*range(5), **{k: 0 for k in "cab"}))
print(list(map(lambda f: f(-2.5), [abs, round, int, float, str])))
