# NotImplemented fallback and reflected comparisons
class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"A.__eq__({self.v}, {type(other).__name__})")
        if isinstance(other, A):
            return self.v == other.v
        return NotImplemented
    def __lt__(self, other):
        print(f"A.__lt__({self.v}, {type(other).__name__})")
        if isinstance(other, A):
            return self.v < other.v
        return NotImplemented
class B:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"B.__eq__({self.v}, {type(other).__name__})")
        return self.v == getattr(other, "v", None)
    def __gt__(self, other):
        print(f"B.__gt__({self.v}, {type(other).__name__})")
        return self.v > other.v
print(A(1) == A(1))
print(A(1) == B(1))
print(A(1) == 5)
print(A(1) != 5)
print(A(1) < B(0))
try:
    A(1) < 5
except TypeError as e:
    print("TypeError:", e)
class Sub(A):
    def __eq__(self, other):
        print("Sub.__eq__ first (subclass priority)")
        return True
print(A(1) == Sub(2))
print(NotImplemented, type(NotImplemented).__name__, repr(NotImplemented))
class Num:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        if isinstance(other, (int, Num)):
            return Num(self.n + (other.n if isinstance(other, Num) else other))
        return NotImplemented
    def __radd__(self, other):
        print("__radd__ called with", other)
        return self.__add__(other)
    def __repr__(self):
        return f"Num({self.n})"
print(Num(1) + 2, 3 + Num(4), Num(1) + Num(1), sum([Num(1), Num(2)]))
try:
    Num(1) + "x"
except TypeError as e:
    print("TypeError:", e)
