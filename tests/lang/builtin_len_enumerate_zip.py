# len, enumerate, zip
print(len("abc"), len([1, 2]), len(()), len({}), len({1, 2, 2}), len(range(0, 10, 3)), len(b"xy"), len({"a": 1}))
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("xy", start=-1)))
for i, (a, b) in enumerate(zip("ab", "cd"), start=10):
    print(i, a, b)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("abc", range(10), [True, False, None])))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, lets = zip(*pairs)
print(nums, lets)
print(dict(zip(["x", "y"], [1, 2])), list(map(list, zip(*[[1, 2, 3], [4, 5, 6]]))))
e = enumerate(["p", "q"])
print(next(e), next(e), next(e, "end"), type(e).__name__)
z = zip("ab", "xy")
print(type(z).__name__, next(z), list(z))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    zip(1, [2])
except TypeError as e:
    print("TypeError:", e)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
