# chr, ord, hex, oct, bin
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"))
print(chr(65), chr(97), chr(48), repr(chr(10)), chr(233), chr(8364), chr(128512), repr(chr(0)))
print("".join(chr(ord("a") + i) for i in range(26)))
print([chr(c) for c in range(ord("A"), ord("F"))], "".join(chr(ord(c) - 32) for c in "shout"))
def caesar(s, k):
    out = []
    for c in s:
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), -3))
for n in (0, 1, 7, 8, 15, 16, 255, 256, -1, -255, 10 ** 20):
    print(n, hex(n), oct(n), bin(n))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
