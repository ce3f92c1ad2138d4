# chained comparisons evaluate middle operands once
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls); calls.clear()
print(v(3) < v(2) < v(1), calls); calls.clear()
print(v(1) < v(5) > v(2) == v(2) != v(7), calls); calls.clear()
x = 5
print(0 < x < 10, 0 < x < 5, x == 5 == 5.0, 1 < x >= 5, 3 != x != 3)
print(x is x is x, None is None is None, [] == [] is not None)
print("a" < "b" < "c", (1, 2) < (1, 3) < (2,), 1 in [1, 2] in [[1, 2]])
print(-1 < 0 <= 0 < 1 <= 1 < 2)
for n in (-1, 0, 5, 10, 11):
    print(n, "in range" if 0 <= n <= 10 else "out of range")
