# integer presentation types
for v in (0, 5, 255, -255, 4096, 2 ** 40):
    print(f"{v:d} {v:x} {v:X} {v:o} {v:b} {v:#x} {v:#X} {v:#o} {v:#b}")
print(f"{255:08b} {255:#010b} {255:#06x} {5:03o} {-5:#06x}")
print(f"{65:c}{66:c}{0x263A:c}")
print(f"{True:d} {False:x} {True}")
for spec in ("d", "5d", "<5d", "+05d", "x", "#x"):
    print(spec, "->", format(42, spec), format(-42, spec))
try:
    f"{3.5:d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{'s':d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{5:s}"
except ValueError as e:
    print("ValueError:", e)
