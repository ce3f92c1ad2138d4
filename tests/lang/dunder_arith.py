# arithmetic dunders on a 2D vector
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return Vec(self.y, self.x)
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __lshift__(self, n):
        return Vec(self.x << n, self.y << n)
    def __and__(self, o):
        return Vec(self.x & o.x, self.y & o.y)
    def __or__(self, o):
        return Vec(self.x | o.x, self.y | o.y)
    def __xor__(self, o):
        return Vec(self.x ^ o.x, self.y ^ o.y)
    def __rshift__(self, n):
        return Vec(self.x >> n, self.y >> n)
    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x
a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 2 * a, a * b, a / 2, a // 2, a % 2, a ** 2)
print(-a, +a, abs(a), ~a, a == Vec(3, 4), a != b, bool(Vec(0, 0)), bool(a))
print(a << 2, a >> 1, a & Vec(1, 1), a | Vec(8, 8), a ^ Vec(1, 1), a @ b)
print(sum([a, b, Vec(0, 1)], Vec(0, 0)))
try:
    a + 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    "s" - a
except TypeError as e:
    print("TypeError:", e)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
