# Bitwise operations
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-1 & 0xFF, -256 >> 4, -1 >> 100, 1 << 100)
print(~0, ~-1, ~5, -(~5))
print(5 & -1, -5 | 3, -5 ^ 3, -8 & -5)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(type(1 & True).__name__, 6 & 3 == 2)
mask = 0
for bit in (0, 3, 5, 7):
    mask |= 1 << bit
print(mask, bin(mask), [i for i in range(8) if mask >> i & 1])
x = 0xF0
x &= 0x3C; print(x)
x |= 0x01; print(x)
x ^= 0xFF; print(x)
x >>= 2; print(x)
x <<= 5; print(x)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(n) for n in range(17)])
print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-5).bit_length())
print(1 + 2 << 3, 1 | 2 & 3, 1 ^ 3 | 4, 2 << 1 + 1)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
