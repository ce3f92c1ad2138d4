# __eq__ and __hash__: objects as dict keys and set members
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
a, b, c = Point(1, 2), Point(1, 2), Point(2, 1)
print(a == b, a is b, a != c, a == (1, 2), (1, 2) == a, a != "x")
d = {a: "first"}
d[b] = "second"
d[c] = "third"
print(d, len(d), d[Point(1, 2)])
s = {Point(0, 0), Point(0, 0), Point(1, 1)}
print(len(s), Point(1, 1) in s, Point(5, 5) in s)
class EqNoHash:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqNoHash) and self.v == other.v
print(EqNoHash.__hash__ is None, EqNoHash(1) == EqNoHash(1), EqNoHash(1) != EqNoHash(2))
try:
    {EqNoHash(1)}
except TypeError as e:
    print("TypeError:", e)
class Default:
    pass
x, y = Default(), Default()
print(x == x, x == y, x != y, len({x, y, x}), hash(x) == hash(x))
class ConstHash:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 7
    def __eq__(self, o):
        return self.n == o.n
    def __repr__(self):
        return f"C{self.n}"
ch = {ConstHash(i): i for i in range(5)}
print(ch, ch[ConstHash(3)])
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(False), hash(-1), hash(-2), hash((1, 2)) == hash((1, 2)))
class ListLike:
    def __init__(self, items):
        self.items = items
    def __eq__(self, other):
        return self.items == (other.items if isinstance(other, ListLike) else other)
print(ListLike([1, 2]) == [1, 2], [1, 2] == ListLike([1, 2]), ListLike([1]) in [[0], ListLike([1])])
print([1, 2].index(2), [Point(0, 1), Point(1, 2)].index(Point(1, 2)), [a, b].count(Point(1, 2)))
