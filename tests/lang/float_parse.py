# float() parsing and errors
for s in ["1", "1.", ".5", "-.5", "1e3", "1E-3", "+1.5e+2", "  7.25\n", "1_000.5",
          "inf", "-inf", "INF", "infinity", "nan", "NaN", "-0.0", "0x10", "abc", "", "1.2.3", "1e"]:
    try:
        print(repr(s), "->", float(s))
    except ValueError as e:
        print(repr(s), "-> ValueError:", e)
print(float(" -12 "), float(0), float(-0), float(10 ** 20))
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print(str(float("1" * 20)), float("0." + "0" * 10 + "1"))
