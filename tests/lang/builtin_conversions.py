# constructors used as conversions: int float bool str list tuple dict set frozenset
print(int("42"), int(4.9), int(-4.9), int(True), int("  -7 "), int("0b101", 0), int(" 0x1F ", 16))
print(float("2.5"), float(3), float("  -1e3 "), float(True), float("inf"))
print(bool(0), bool(1), bool(""), bool("False"), bool([]), bool([[]]), bool(None), bool(0.0), bool(-1))
print(str(1), str(1.0), str(None), str(True), str([1, "a"]), str({"k": (1,)}), str(b"b"), str(-0.0))
print(list("abc"), list((1, 2)), list({"a": 1}), list(range(3)), list(x for x in "xy"), list())
print(tuple([1, 2]), tuple("ab"), tuple(), tuple({"k": 0}), tuple(range(2)))
print(dict([("a", 1)]), dict(a=1), dict([["x", 2]]), dict(zip("ab", "cd")), dict({"m": 1}, n=2), dict())
print(sorted(set("hello")), set([1, 1, 2]), set(), frozenset([1, 2]), frozenset())
print(int(float("1e3")), float(int("7")), str(int("08")), int(str(2 ** 70)) == 2 ** 70)
print(list(map(int, "1 2 3".split())), tuple(map(float, ["1", "2.5"])), str(list(range(3))))
for bad in ("abc", "1.5", "", " ", "1e3"):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    dict([1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
print(type(int).__name__, int.__name__, callable(int), int("7") + float("0.5"))
