# * and ** unpacking in calls and displays
def f(a, b, c=0, *args, **kw):
    return f"a={a} b={b} c={c} args={args} kw={kw}"
print(f(*[1, 2]))
print(f(*[1, 2, 3, 4, 5]))
print(f(*"xy", **{"c": 9, "d": 10}))
print(f(1, *(2,), *[3, 4], 5, **{"k": 1}, **{"j": 2}))
print(f(**{"a": "A", "b": "B"}))
print(f(*range(2), c=7, z=8))
print([*range(3), *"ab", *(9,)])
print((*[1, 2], 3), (*"xy",))
print({*[1, 2], *{2, 3}})
print({**{"a": 1}, "b": 2, **{"a": 3, "c": 4}})
print([*[], *[]], {**{}}, [*"hello"][::2])
nums = [4, 2, 9]
print(max(*nums), min(*nums, 1), print(*nums, sep="/"))
args = (1, 2)
kwargs = {"sep": "-", "end": "!\n"}
print(*args, **kwargs)
def g(*args, **kwargs):
    return args, kwargs
print(g(*[1, [2]], **dict(x=1)))
merged = dict(**{"a": 1}, b=2)
print(merged)
try:
    f(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
