# Exponentiation
print(2 ** 0, 2 ** 1, 0 ** 0, 0 ** 5, 1 ** 1000)
print(2 ** 200)
print(7 ** 77)
print((-3) ** 41)
print((-1) ** 1001, (-1) ** 1000)
print(2 ** -2, 10 ** -3, (-2) ** -1)
print(2 ** 0.5 == 2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3) > 1.99)
print(2.0 ** 10, 1.5 ** 2, (-8) ** 2.0)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 4, (-2) ** 4)
print(pow(2, 10), pow(2, -1), pow(5, 3, 7), pow(-5, 3, 7), pow(5, 0, 1))
print(pow(123456789, 987654321, 1000000007))
print(pow(3, -1, 7), pow(2, -1, 9))
x = 3
x **= 4
print(x)
print(len(str(9 ** 999)), str(9 ** 999)[:20], str(9 ** 999)[-20:])
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
