# iter() and next(), including iter(callable, sentinel)
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
s = iter("ab")
print(list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
data = [3, 1, 4, 1, 5, 9, 2, 6]
pos = [0]
def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, 9)))
lines = iter(["first", "second", "", "after blank"])
print(list(iter(lambda: next(lines), "")))
print(next(lines))
counter = iter(range(3))
print([next(counter) for _ in range(3)])
t = iter((1, 2))
print(iter(t) is t)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
a, b = iter([1, 2])
print(a, b)
chunks = iter(range(10))
print([list(x for _, x in zip(range(3), chunks)) for _ in range(4)])
