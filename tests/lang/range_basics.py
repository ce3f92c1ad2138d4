# range objects
r = range(10)
print(r, range(2, 8), range(0, 20, 5), range(5, 0, -1), range(0))
print(list(r), list(range(2, 8)), list(range(0, 20, 5)), list(range(5, 0, -1)), list(range(-3)))
print(len(range(10)), len(range(2, 8)), len(range(0, 20, 3)), len(range(10, 0, -3)), len(range(5, 5)))
print(3 in r, 10 in r, -1 in r, 15 in range(0, 20, 5), 16 in range(0, 20, 5), 3.0 in r)
print(r[0], r[-1], r[5], range(0, 20, 3)[2], range(10, 0, -2)[-1])
print(r[2:5], r[::2], r[::-1], range(0, 20, 3)[1:4], list(r[::-3]))
print(range(0, 20, 3).index(9), range(10, 0, -1).index(4), r.count(3), r.count(11))
print(range(3) == range(3), range(0) == range(5, 5), range(0, 3) == range(0, 4, 2), range(1, 2) == range(1, 3, 5))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
print(list(range(-5, 5, 3)), list(range(5, -5, -3)), list(range(0, -10, -4)))
print(range(1, 10, 2).start, range(1, 10, 2).stop, range(1, 10, 2).step)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    r.index(99)
except ValueError as e:
    print("ValueError:", e)
big = range(0, 10 ** 12, 7)
print(len(big), big[-1], 7 * 10 ** 10 in big, big[10 ** 9])
print(list(reversed(range(4))), tuple(range(2)), [i * i for i in range(1, 6)])
