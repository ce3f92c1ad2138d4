# tuple/list unpacking, starred targets, nested targets
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, q] = "pq"
print(p, q)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
one, *empty, two = [1, 2]
print(one, empty, two)
*everything, = (1, 2, 3)
print(everything)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
for i, (name, score) in enumerate([("ann", 90), ("bob", 85)]):
    print(i, name, score)
for k, *vals in [("a", 1, 2), ("b",), ("c", 3)]:
    print(k, vals)
d = {"x": 1, "y": 2}
(k1, v1), (k2, v2) = d.items()
print(k1, v1, k2, v2)
m, n = {"m": 0, "n": 1}
print(m, n)
r, s, t = range(3)
print(r, s, t)
i, j = iter([10, 20])
print(i, j)
for bad in ([1, 2, 3], [1], 5):
    try:
        u, v = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    f1, f2, *f3 = [1]
except ValueError as e:
    print("ValueError:", e)
matrix = [[1, 2], [3, 4]]
[[a1, a2], [b1, b2]] = matrix
print(a1 + b2, a2 * b1)
