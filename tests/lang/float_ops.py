# Float arithmetic and int/float mixing
a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a, +a)
print(1 + 2.0, 3 * 1.5, 10 / 4, 10 // 4.0, 2 ** 0.5, 9 ** 0.5)
print(0.1 * 3, 0.1 + 0.1 + 0.1, 1 - 0.9, 3 * 0.1 == 0.3)
print(1e10 + 1, 1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0)
print(type(1 + 1.0).__name__, type(2 * True).__name__, type(1.0 // 1).__name__)
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, abs(total - 1.0) < 1e-9)
print(sum([0.1] * 10), sum([1, 2.5, 3]))
print(3.7 // 1, -3.7 // 1, 3.7 % 1 > 0.69, int(3.7), int(-3.7))
print(1.0 == 1, 1.5 > 1, -0.5 < 0, 2.0 != 2, hash(2.0) == hash(2), hash(1.5) == hash(1.5))
print(max(1, 2.0), max(2.0, 1), min(3, 3.0), min(3.0, 3))
x = 1.5
x += 1; print(x)
x *= 2; print(x)
x /= 4; print(x)
x **= 2; print(x)
x -= 0.5625; print(x)
print(abs(-2.5), divmod(7.0, 2), divmod(-7.0, 2), pow(2.0, 3), pow(4, 0.5))
print(float.__name__, float(1.25) == 1.25, 5 / 4)
print(round(2.675, 2), round(1.005, 2), round(-1.5), round(2.5), round(3.5), round(0.5))
print(1.0 / 3.0 * 3.0, 2.0 / 3.0, 1e-3 * 1e3)
