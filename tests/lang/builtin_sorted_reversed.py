# sorted and reversed
print(sorted([3, 1, 2]), sorted("bca"), sorted((2, 1)), sorted({3: 0, 1: 0}), sorted({5, 1, 3}), sorted(range(3, 0, -1)))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower), sorted([-3, 1, -2], key=abs))
print(sorted([(2, "b"), (1, "b"), (2, "a")]), sorted([[1, 2], [1], []]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))), "".join(reversed("stressed")))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.items())))
r = reversed([1, 2])
print(type(r).__name__, next(r), next(r), next(r, None))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print("TypeError:", e)
orig = [5, 4, 3]
s = sorted(orig)
print(orig, s, s is orig)
print(sorted(["apple", "Banana", "cherry"], key=lambda w: (-len(w), w)))
