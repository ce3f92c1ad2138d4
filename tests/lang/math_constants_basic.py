# math constants and basic functions
import math
print(math.pi, math.e, math.inf, -math.inf, math.nan, math.pi * 2)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0), math.sqrt(1e100), math.sqrt(17) // 1)
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.floor(5), math.ceil(-0.5))
print(type(math.floor(2.5)).__name__, type(math.ceil(2.5)).__name__, math.floor(1e20), math.ceil(2 ** 70))
print(math.trunc(2.9), math.trunc(-2.9), math.trunc(5), math.fabs(-3), math.fabs(2.5), type(math.fabs(-3)).__name__)
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308), math.isinf(math.nan), math.isnan(-math.inf))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), type(math.pow(2, 2)).__name__)
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(1, -1e-300))
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.fmod(7.5, -2), math.modf(3.75), math.modf(-2.5), math.modf(4.0))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1, 1, 1), math.hypot(-6, 8))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.floor(-0.0), math.sqrt(-0.0), math.fabs(-0.0), math.pi == 3.141592653589793)
