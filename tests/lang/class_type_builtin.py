# type() with one and three arguments
print(type(1), type("s"), type([]), type(None), type(type), type(len), type(lambda: 0).__name__)
print(type(1).__name__, type(1.5).__name__, type({}).__name__, type(()).__name__, type(range(1)).__name__)
def hello(self):
    return f"hello from {self.name}"
Dyn = type("Dyn", (), {"name": "dyn", "hello": hello, "x": 10})
d = Dyn()
print(Dyn, Dyn.__name__, d.hello(), d.x, type(d) is Dyn)
Sub = type("Sub", (Dyn,), {"name": "sub", "extra": lambda self: self.x * 2})
s = Sub()
print(s.hello(), s.extra(), isinstance(s, Dyn), Sub.__mro__)
print(Sub.__bases__, Dyn.__bases__, object.__bases__)
class Normal:
    pass
print(type(Normal), type(Normal()) is Normal, type(Normal) is type, isinstance(Normal, type))
print(type(3) == int, type(True) == int, type(True) is bool, int.__name__, type(int).__name__)
print([type(x).__name__ for x in (0, 0.0, "", b"", [], (), {}, set(), frozenset(), None, ..., print, Normal)])
def make_class(name, fields):
    def __init__(self, *args):
        for f, a in zip(fields, args):
            setattr(self, f, a)
    def __repr__(self):
        return f"{name}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    return type(name, (object,), {"__init__": __init__, "__repr__": __repr__, "fields": fields})
Pt = make_class("Pt", ["x", "y"])
print(Pt(1, 2), Pt("a", [3]), Pt.fields, Pt.__name__)
