# exp/log and sin/cos (rounded for portability)
import math
print(math.exp(0), math.exp(1) == math.e, round(math.exp(2), 10), math.exp(-math.inf), math.exp(math.inf))
print(math.log(1), math.log(math.e), math.log(8, 2), math.log(100, 10), round(math.log(10), 12))
print(math.log2(8), math.log2(1024), math.log2(0.5), math.log10(1000), math.log10(0.01), math.log10(1))
print(round(math.log(2 ** 1000, 2), 9), round(math.log10(10 ** 50)), math.log2(2 ** 100), math.log10(10 ** 300))
for deg in (0, 30, 45, 60, 90, 120, 180, 270, 360):
    r = deg * math.pi / 180
    s, c = round(math.sin(r), 6) + 0.0, round(math.cos(r), 6) + 0.0
    print(f"{deg:>3} sin={s:>9} cos={c:>9} sin^2+cos^2={round(s * s + c * c, 4)}")
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 6), 12), round(math.cos(math.pi / 3), 12))
for bad in (lambda: math.log(-1), lambda: math.log(0), lambda: math.sqrt(-4), lambda: math.log10(-10), lambda: math.exp(1000)):
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(round(sum(math.sin(k * 0.1) ** 2 + math.cos(k * 0.1) ** 2 for k in range(100)), 9))
def newton_sqrt(x):
    g = x / 2
    for _ in range(30):
        g = (g + x / g) / 2
    return g
print([round(newton_sqrt(v), 10) == round(math.sqrt(v), 10) for v in (2, 10, 12345)])
print(round(math.exp(math.log(42)), 9), round(math.log(math.exp(3)), 12), math.pow(math.e, 0))
