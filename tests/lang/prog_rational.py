# a Rational number class with full operator support
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Rational:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("denominator is zero")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g
    @staticmethod
    def _coerce(x):
        return x if isinstance(x, Rational) else Rational(x) if isinstance(x, int) else NotImplemented
    def __add__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Rational(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Rational(self.num * o.den - o.num * self.den, self.den * o.den)
    def __rsub__(self, o):
        return Rational._coerce(o) - self
    def __mul__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Rational(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Rational(self.num * o.den, self.den * o.num)
    def __rtruediv__(self, o):
        return Rational._coerce(o) / self
    def __pow__(self, n):
        return Rational(self.num ** n, self.den ** n) if n >= 0 else Rational(self.den ** -n, self.num ** -n)
    def __neg__(self):
        return Rational(-self.num, self.den)
    def __abs__(self):
        return Rational(abs(self.num), self.den)
    def __eq__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return (self.num, self.den) == (o.num, o.den)
    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash((self.num, self.den))
    def __float__(self):
        return self.num / self.den
    def __bool__(self):
        return self.num != 0
    def __repr__(self):
        return f"Rational({self.num}, {self.den})"
    def __str__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)
h = Rational(1, 2)
t = Rational(1, 3)
print(h + t, h - t, h * t, h / t, t - h, -h, abs(-h), h ** 3, t ** -2)
print(h + 1, 1 + h, 2 - h, 3 * t, 1 / t, h / 2, repr(Rational(6, -8)))
print(h == Rational(2, 4), h == 0.5, h != t, t < h, h <= h, sorted([h, t, Rational(-1, 5), Rational(7, 3)]))
print(float(Rational(22, 7)), bool(Rational(0, 5)), bool(h), {h: "half"}[Rational(3, 6)])
harmonic = sum((Rational(1, k) for k in range(1, 11)), Rational(0))
print("H(10) =", harmonic, float(harmonic))
x = Rational(1)
for _ in range(6):
    x = (x + 2 / x) / 2
print("sqrt(2) approx", x, float(x))
try:
    Rational(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    h + "s"
except TypeError as e:
    print("TypeError:", e)
