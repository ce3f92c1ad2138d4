# *args, **kwargs, keyword-only and positional-only parameters
def total(*nums, start=0):
    return start + sum(nums)
print(total(), total(1, 2, 3), total(1, 2, start=10), total(*range(5)))
def describe(**info):
    return ", ".join(f"{k}={v!r}" for k, v in info.items())
print(describe(), describe(a=1, b="x"), describe(**{"z": None, "y": [1]}))
def kwonly(a, *, b, c=5):
    return a + b + c
print(kwonly(1, b=2), kwonly(1, c=0, b=2))
try:
    kwonly(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)
def posonly(a, b, /, c, *, d):
    return (a, b, c, d)
print(posonly(1, 2, 3, d=4), posonly(1, 2, c=3, d=4))
try:
    posonly(a=1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
def mixed(a, /, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(mixed(1, c=3), mixed(1, 2, 3, 4, c=5, e=6), mixed(1, b=7, c=8, a=9))
def show(*args, **kwargs):
    print(type(args).__name__, args, type(kwargs).__name__, kwargs)
show()
show(1, *[2, 3], x=1, **{"y": 2})
args = (1, 2)
kw = {"c": 3, "d": 4}
print(posonly(*args, **kw))
try:
    show(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    describe(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
