# multiple inheritance: diamond, C3 MRO, cooperative super()
class A:
    def __init__(self):
        print("A.__init__")
        super().__init__()
    def who(self):
        return ["A"]
class B(A):
    def __init__(self):
        print("B.__init__")
        super().__init__()
    def who(self):
        return ["B"] + super().who()
class C(A):
    def __init__(self):
        print("C.__init__")
        super().__init__()
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def __init__(self):
        print("D.__init__")
        super().__init__()
    def who(self):
        return ["D"] + super().who()
d = D()
print(d.who())
print(D.__mro__)
print([k.__name__ for k in C.__mro__])
print(D.mro() == list(D.__mro__))
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])
try:
    class Bad(X, K1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Left:
    value = "left"
    def hello(self):
        return "hello from Left"
class Right:
    value = "right"
    def hello(self):
        return "hello from Right"
    def only_right(self):
        return "only right"
class Both(Left, Right):
    pass
class Both2(Right, Left):
    pass
b = Both()
print(b.value, b.hello(), b.only_right(), Both2().value, Both2().hello())
