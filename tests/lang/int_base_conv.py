# int() with bases and hex/oct/bin
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("1010", 2), int("0b1010", 0))
print(int("z", 36), int("Zz", 36), int("10", 36), int("12", 3))
print(int("  -42 "), int("+7"), int("1_000"), int("0", 0))
print(int("-0x1f", 16), int("1" * 30, 2))
for n in (0, 1, -1, 255, -255, 4096, 2 ** 40):
    print(n, hex(n), oct(n), bin(n))
print(format(255, 'x'), format(255, 'X'), format(255, '#x'), format(255, 'o'), format(5, 'b'))
for s, base in (("12", 2), ("xyz", 10), ("", 10), ("1.5", 10), ("0x10", 10), ("9", 8)):
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
print(int(3.99), int(-0.5), int("12", base=5))
print(hex(0x1234abcd), int(hex(987654321), 16))
