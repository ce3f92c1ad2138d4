# unary operators and conversion dunders
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __neg__(self):
        return Money(-self.cents)
    def __pos__(self):
        return Money(abs(self.cents))
    def __abs__(self):
        return Money(abs(self.cents))
    def __int__(self):
        return self.cents // 100
    def __float__(self):
        return self.cents / 100
    def __bool__(self):
        return self.cents != 0
    def __str__(self):
        return f"{'-' if self.cents < 0 else ''}${abs(self.cents) / 100:.2f}"
    def __repr__(self):
        return f"Money({self.cents})"
    def __index__(self):
        return self.cents
    def __round__(self, nd=None):
        return Money(round(self.cents, -2))
m = Money(-1250)
print(m, -m, +m, abs(m), int(m), float(m), bool(m), bool(Money(0)))
print(round(Money(1250)), round(Money(1350)), hex(Money(255)), bin(Money(5)), [10, 20, 30][Money(1)])
print(str(m), repr(m), f"{m}", f"{m!r}", "%s" % m)
print(not m, not Money(0), -(-m))
try:
    len(m)
except TypeError as e:
    print("TypeError:", e)
class Neg:
    def __len__(self):
        return -1
try:
    len(Neg())
except ValueError as e:
    print("ValueError:", e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    -object()
except TypeError as e:
    print("TypeError:", e)
try:
    abs([])
except TypeError as e:
    print("TypeError:", e)
