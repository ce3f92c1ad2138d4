# Format specs with very large precisions (CPython formats them exactly).
x = 2.5
print(len(f"{x:.1234f}"), f"{x:.1234f}"[-5:])
print(format(1.5e300, ".2000f")[:40], len(format(1.5e300, ".2000f")))
print(format(1 / 3, ".1500e")[-20:])
print(format(1 / 7, ".60g"))
print(format(0.1, ".1200%")[-10:])
print(format(-123.456, "+.1100f")[:20])
