# range used in loops, comprehensions and arithmetic patterns
for i in range(3):
    print("i =", i)
for i in range(10, 0, -3):
    print(i, end=" ")
print()
print([i for i in range(-5, 6, 5)], list(range(1, 2, 10)), list(range(2, 1)))
r = range(100, 0, -7)
print(r, len(r), r[0], r[-1], r[3:6], list(r[-3:]), 93 in r, 94 in r)
print(list(range(0)), bool(range(0)), bool(range(1)), range(5) == range(0, 5, 1))
evens = range(0, 21, 2)
print(sum(evens), evens.index(10), evens.count(7), list(reversed(evens))[:3], max(evens), min(evens))
print([(i, j) for i in range(3) for j in range(i, 3)])
print(sorted(range(5), key=lambda v: (v % 2, -v)))
n = 5
tri = [[1] * (i + 1) for i in range(n)]
for i in range(2, n):
    for j in range(1, i):
        tri[i][j] = tri[i - 1][j - 1] + tri[i - 1][j]
print(tri)
total = 0
for k in range(1, 101):
    if k % 3 == 0 or k % 5 == 0:
        total += k
print(total, sum(k for k in range(1, 101) if k % 3 == 0 or k % 5 == 0))
print(range(-3, 3)[::-1], range(0, 10, 3)[::-1], range(5)[::2][::-1])
it = iter(range(3))
print(next(it), list(it))
