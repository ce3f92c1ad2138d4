# round (banker's), divmod, pow (3-arg)
print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 4.4999, 4.5001)])
print(round(2.5), round(2.5, 0), round(123.456, 1), round(123.456, -1), round(123.456, -2), round(-123.456, 1))
print(round(17, -1), round(15, -1), round(25, -1), round(-15, -1), round(1234, -2), round(7, 0), round(7))
print(type(round(1.5)).__name__, type(round(1.5, 1)).__name__, type(round(5, 1)).__name__)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-1, 3), divmod(2 ** 70, 10 ** 10))
q, r = divmod(1000, 7)
print(q, r, q * 7 + r)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 4, 5), pow(2, -2), pow(2.0, 3), pow(-8, 1 / 3) if False else pow(9, 0.5))
print(pow(7, 2, -5), pow(-7, 3, 5), pow(10, 100, 7), pow(0, 0), pow(5, -1, 7))
print([pow(b, 65537, 3233) for b in (65, 66, 67)])
def to_base(n, b):
    digits = []
    while n:
        n, d = divmod(n, b)
        digits.append("0123456789abcdef"[d])
    return "".join(reversed(digits)) or "0"
print(to_base(255, 16), to_base(255, 2), to_base(1000, 7), to_base(0, 3))
try:
    pow(2, 3, 1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
