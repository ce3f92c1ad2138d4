# f-string conversions !r !s !a and basic expressions
name = "Zoë"
items = ["a", 'b"', "c'"]
print(f"{name}|{name!r}|{name!s}|{name!a}")
print(f"{items}|{items!r}|{items!a}")
print(f"{1 + 2} {2 * 3:4} {'nested ' + 'str'} {len(items)}")
print(f"{3.0} {1/3} {10**20} {-0.0} {None} {True}")
print(f"{'quote'!r:>10}|{name!r:^9}|")
x = 5
print(f"{x if x > 3 else 0} {[i * x for i in range(3)]} {dict(a=x)} {(lambda y: y + 1)(x)}")
print(f"{{braces}} {{{x}}} {{}}")
d = {"key": "val", "n": 3}
print(f"{d['key']} {d['n'] * 2} {d}")
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Pt({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
p = Pt(1, "two")
print(f"{p} {p!r} {p!s} {[p]}")
print(f"{'multi'}" f"{'part'}" "plain" f"{x}")
print(F"upper F {x}", rf"raw \n {x}", fr"\t{x}")
print(f"""triple {x}
second line {name}""")
