# tuples
t = (1, "two", 3.0, None, (4, 5))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1])
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
single = 5,
print(single, type(single).__name__, len(single))
a, b, c = (1, 2, 3)
print(a, b, c)
print((1, 2) + (3,), (0,) * 3, (1, 2) * 0, 2 in (1, 2), (1, 2).count(2), (1, 2, 1).index(1, 1))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), (1,) == [1])
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pt"}[(1, 2)], {(0, 0), (0, 0), (1, 0)} == {(1, 0), (0, 0)})
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2).index(9)
except ValueError as e:
    print("ValueError:", e)
tl = ([1], [2])
tl[0].append(99)
print(tl)
print(max((3, 1), (2, 9)), sorted([(2, "b"), (1, "z"), (2, "a")]), repr(("x",)), str((1.5, "s")))
pts = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*pts)
print(xs, ys, sum(xs), tuple(map(sum, pts)))
