# inf, nan and negative zero
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, -nan)
print(inf + 1, inf * 2, -inf * -1, inf - inf, inf * 0, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan < 1, nan > 1)
print(inf == float("inf"), max(1.0, inf), min(-inf, 0))
x = nan
print(x is x, x == x, [x] == [x], nan in [nan], nan in [float("nan")])
nz = -0.0
print(nz, 0.0 == -0.0, repr(-0.0), str(-0.0), -0.0 + 0.0, 0.0 * -1, abs(-0.0))
print(1e308 * 10, -1e308 * 10, 2.0 ** 1023 * 2 == inf)
print(int(1e20), int(-2.5), int(2.5))
for bad in (inf, -inf, nan):
    try:
        print(int(bad))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError")
print(inf // 1 if False else inf % 2 != inf % 2, round(2.5e300) > 10 ** 300)
print(sorted([3.0, -inf, inf, 0.0, -1.5]))
print(inf.is_integer(), (2.0).is_integer(), (2.5).is_integer())
