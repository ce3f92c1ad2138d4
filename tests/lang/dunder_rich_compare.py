# rich comparisons and sorting custom objects
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "2.0", "1.2"]]
print(sorted(vs), max(vs), min(vs))
a, b = Version("1.2"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == Version("1.2"))
print(sorted(vs, reverse=True), vs.index(Version("2.0")), Version("0.9") in vs)
class OnlyLt:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"  lt({self.n}, {other.n})")
        return self.n < other.n
    def __repr__(self):
        return f"L{self.n}"
print(OnlyLt(1) < OnlyLt(2))
print(OnlyLt(3) > OnlyLt(2))
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)
class Weird:
    def __eq__(self, other):
        return "truthy string"
    def __ne__(self, other):
        return 0
w = Weird()
print(w == 1, w != 1, bool(w == 1))
