# __new__ and __init__ interplay
class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print("creating instance")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print("init with", value)
        self.value = value
a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)
class Point:
    def __new__(cls, x, y):
        print("__new__", cls.__name__, x, y)
        obj = object.__new__(cls)
        obj.created_by_new = True
        return obj
    def __init__(self, x, y):
        print("__init__", x, y)
        self.x, self.y = x, y
p = Point(1, 2)
print(p.x, p.y, p.created_by_new)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotMine(), type(NotMine()).__name__)
class Pooled:
    pool = {}
    def __new__(cls, key):
        if key not in cls.pool:
            inst = super().__new__(cls)
            inst.key = key
            cls.pool[key] = inst
        return cls.pool[key]
x, y, z = Pooled("a"), Pooled("b"), Pooled("a")
print(x is z, x is y, sorted(Pooled.pool))
class Base:
    def __new__(cls, *a, **k):
        inst = super().__new__(cls)
        inst.tag = cls.__name__.lower()
        return inst
class Child(Base):
    def __init__(self, n):
        self.n = n
ch = Child(5)
print(ch.tag, ch.n)
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError:", e)
