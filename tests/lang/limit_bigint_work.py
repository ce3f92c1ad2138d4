# heavier big-integer work that must stay fast (no >4300-digit str conversions)
import math
f = math.factorial(1000)
s = str(f)
print(len(s), s[:20], s[-5:] == "00000", sum(int(c) for c in s))
print(f % (10 ** 9 + 7), f.bit_length())
p = pow(3, 10 ** 5, 10 ** 20)
print(p)
big = 7 ** 4000
print(big.bit_length(), big % 1000, (big >> 11000) % 1000)
x = 2 ** 4096 - 1
print(x.bit_length(), x & 0xFFFF, bin(x).count("1"), (x + 1) == 1 << 4096)
a, b = 0, 1
for _ in range(5000):
    a, b = b, a + b
print(len(str(a)), str(a)[:15], a % 1000000)
print(math.gcd(2 ** 300 * 3 ** 50, 6 ** 120) == 2 ** 120 * 3 ** 50)
q, r = divmod(10 ** 200 + 12345, 10 ** 100 + 7)
print(q, r % 10 ** 10)
