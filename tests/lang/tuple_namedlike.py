# Tuples as records; returning and comparing them
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 8, -2, 7])
print(lo, hi, minmax("hello"))
def stats(xs):
    n = len(xs)
    mean = sum(xs) / n
    var = sum((x - mean) ** 2 for x in xs) / n
    return n, mean, var
print(stats([2, 4, 4, 4, 5, 5, 7, 9]))
records = [("bob", 3, 1.5), ("amy", 3, 2.5), ("cat", 1, 9.0)]
for name, rank, score in sorted(records, key=lambda r: (r[1], -r[2])):
    print(f"{name:>4} {rank} {score:.1f}")
nested = ((1, 2), (3, (4, 5)))
(a, b), (c, (d, e)) = nested
print(a, b, c, d, e)
print(tuple(x * 2 for x in range(4)), tuple(reversed((1, 2, 3))), tuple(sorted((3, 1, 2))))
print((1, 2, 3)[1:], (1, 2, 3)[:-1], len(((),)), ((),) == ((),))
print(divmod(17, 5), type(divmod(17, 5)).__name__)
