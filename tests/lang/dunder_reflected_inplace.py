# reflected (__radd__ etc.) and in-place (__iadd__ etc.) operators
class Meters:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"{self.v}m"
    def __add__(self, o):
        print("  __add__")
        return Meters(self.v + (o.v if isinstance(o, Meters) else o))
    def __radd__(self, o):
        print("  __radd__")
        return Meters(o + self.v)
    def __sub__(self, o):
        return Meters(self.v - (o.v if isinstance(o, Meters) else o))
    def __rsub__(self, o):
        print("  __rsub__")
        return Meters(o - self.v)
    def __rmul__(self, o):
        print("  __rmul__")
        return Meters(o * self.v)
    def __rtruediv__(self, o):
        return o / self.v
    def __rpow__(self, o):
        return o ** self.v
    def __rfloordiv__(self, o):
        return o // self.v
    def __rmod__(self, o):
        return o % self.v
print(Meters(5) + 2)
print(2 + Meters(5))
print(10 - Meters(3), 3 * Meters(4), 12 / Meters(4), 2 ** Meters(10), 17 // Meters(5), 17 % Meters(5))
print(sum([Meters(1), Meters(2)]))
class Bag:
    def __init__(self, items=()):
        self.items = list(items)
    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other)
        return self
    def __add__(self, other):
        print("  __add__")
        return Bag(self.items + list(other))
    def __isub__(self, other):
        for x in other:
            self.items.remove(x)
        return self
    def __imul__(self, n):
        self.items *= n
        return self
    def __repr__(self):
        return f"Bag({self.items})"
b = Bag([1])
orig = b
b += [2, 3]
print(b, b is orig)
b = b + [4]
print(b, b is orig)
b -= [1, 4]
b *= 2
print(b)
m = Meters(1)
orig_m = m
m += 5
print(m, m is orig_m)
class Cell:
    def __init__(self):
        self.val = Bag()
c = Cell()
c.val += ["attr"]
d = {"k": Bag()}
d["k"] += ["item"]
print(c.val, d)
lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(talias, t, t is talias)
