# __repr__ and __str__ and how containers use them
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
m = Money(1234)
print(m, repr(m), str(m), [m], (m,), {"k": m}, f"{m} {m!r}", "%s %r" % (m, m))
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
o = OnlyRepr()
print(o, str(o), [o], f"{o}")
class OnlyStr:
    def __str__(self):
        return "only-str"
s = OnlyStr()
print(s, str(s), f"{s}", "%s" % s)
class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)
    def __repr__(self):
        if self.children:
            return f"Node({self.val!r}, {self.children!r})"
        return f"Node({self.val!r})"
tree = Node("root", [Node(1), Node("x", [Node(2.5)])])
print(tree)
print(repr(tree) == str(tree), format(m), format(m, ""))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
