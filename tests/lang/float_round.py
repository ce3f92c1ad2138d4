# round() and friends
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(-2.5))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7)).__name__)
print(round(3.14159, 2), round(3.14159, 0), round(3.14159, 4), round(2.675, 2))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(123456, -3), round(5, 2))
print(round(0.125, 2), round(0.375, 2), round(1e-10, 5), round(-0.0))
for v in (1.05, 1.15, 1.25, 1.35, 1.45, 2.5000001):
    print(v, round(v, 1), round(v))
print(int(2.9), int(-2.9), -7 // 2, -(7 // 2))
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {1.005:.2f}")
