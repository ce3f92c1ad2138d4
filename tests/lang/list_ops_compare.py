# list operators and comparisons
a = [1, 2, 3]
b = [1, 2, 4]
print(a + b, a * 2, 2 * a, a == [1, 2, 3], a != b, a < b, a > b, a <= a)
print([1, 2] < [1, 2, 3], [] < [0], [2] > [1, 99], [[1]] < [[2]], ["a"] < ["b"])
print(3 in a, 5 in a, [1] in [[1], 2], 5 not in a)
c = a
c += [4]
print(a, c is a)
d = a
d = d + [5]
print(a, d, d is a)
e = [0]
e *= 3
print(e, [[0] * 2] * 2)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
alias = [[0] * 3] * 3
alias[1][1] = 5
print(grid, alias)
print(min([4, 2, 8]), max([[1, 2], [1, 3]]), sum([[1], [2]], []))
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
print([1, 2] == (1, 2), list((1, 2)) == [1, 2], [1.0, 2] == [1, 2.0])
x = [1, 2, 3]
x[1] = x
print(x, len(x))
