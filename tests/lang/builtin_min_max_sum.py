# min, max, sum, abs, any, all
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"), max((1, 2), (1, 3)))
print(min([], default="empty"), max([], default=None), max([1], default=0), min(iter([7, 3])))
words = ["pear", "fig", "banana", "kiwi"]
print(min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]), min(words, key=len, default=""))
print(max([1, 3, 3, 2], key=lambda x: x // 2), max([(1, "a"), (1, "b")], key=lambda t: t[0]))
print(max(2, 2.0), max(2.0, 2), min(-0.0, 0.0), max(True, 1))
print(sum([1, 2, 3]), sum([]), sum(range(101)), sum([0.1] * 3), sum([1, 2], 10), sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
print(sum([1.5, 2.5]), sum([True, True, False]), sum(x * x for x in range(4)), sum([], start=5))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True), abs(-(2 ** 70)))
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]), any(x > 2 for x in [1, 2, 3]))
print(all(c.isdigit() for c in "123"), any(c.isupper() for c in "abc"))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
