# Arbitrary precision integers
big = 2 ** 100
print(big)
print(big + 1, big - 1)
print(big * big)
print(-big)
print(big // 3, big % 3)
print(-big // 7, -big % 7)
print(big // -7, big % -7)
print(divmod(-big, 12345678901234567890))
print(3 ** 200)
print(10 ** 50 + 1)
print((10 ** 30) // (10 ** 15))
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63))
print(0xFFFFFFFFFFFFFFFFFFFFFFFF)
f = 1
for i in range(1, 41):
    f *= i
print("40! =", f)
print("digits:", len(str(f)), "digit sum:", sum(int(c) for c in str(f)))
print(f // (2 ** 20), f % 1000003)
print(big == 1267650600228229401496703205376, big > 10 ** 30, big < 10 ** 31)
print(hex(big), oct(2 ** 70), bin(2 ** 70 + 5))
print(abs(-(10 ** 40)), -(10 ** 40) < -(10 ** 39))
print(int("123456789012345678901234567890") * 3)
print(int("-99999999999999999999999999") - 1)
print(2 ** 100 / 2 ** 98)
print(float(2 ** 80))
print(big & (2 ** 100 - 1), big | 1, big ^ big, big >> 90, 1 << 70)
print(~big, -big >> 3, (-big) & 0xFF)
print(pow(2, 100, 10 ** 9 + 7), pow(3, 1000, 1000))
fib = [0, 1]
while len(fib) < 150:
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[149])
print(sorted([2 ** 70, -(2 ** 70), 5, 2 ** 69]))
print(hash(2 ** 100) == hash(2 ** 100), {2 ** 100: 'x'}[2 ** 100])
