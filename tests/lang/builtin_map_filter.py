# map and filter
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb", ""])), list(map(int, "123")))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6, 7])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])))
print(list(filter(lambda w: len(w) > 2, ["a", "abc", "de", "fghi"])), list(filter(str.isdigit, "a1b22c")))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m), list(m))
f = filter(lambda x: x % 2, range(10))
print(type(f).__name__, next(f), list(f))
print(sum(map(int, "12345")), max(map(len, "a bb ccc".split())), sorted(map(lambda s: s[::-1], ["ab", "cd"])))
print(list(map(str.upper, filter(str.isalpha, ["x", "1", "yz"]))))
print(dict(map(lambda kv: (kv[1], kv[0]), {"a": 1, "b": 2}.items())))
try:
    list(map(lambda x: x + 1, ["s"]))
except TypeError as e:
    print("TypeError:", e)
