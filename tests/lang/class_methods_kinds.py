# staticmethod and classmethod
class Temperature:
    unit_names = {"C": "Celsius", "F": "Fahrenheit"}
    instances = 0
    def __init__(self, celsius):
        self.celsius = celsius
        Temperature.instances += 1
    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def count(cls):
        return cls.instances
    def to_f(self):
        return self.c_to_f(self.celsius)
    def __repr__(self):
        return f"{type(self).__name__}({self.celsius:.1f})"
t = Temperature.from_fahrenheit(212)
print(t, t.to_f(), Temperature.c_to_f(0), t.c_to_f(37), Temperature.count(), t.count())
class Kelvin(Temperature):
    pass
k = Kelvin.from_fahrenheit(32)
print(k, type(k).__name__, Kelvin.count(), isinstance(k, Temperature))
class Registry:
    items = []
    @classmethod
    def register(cls, x):
        cls.items.append(x)
        return cls
    @staticmethod
    def helper(a, b):
        return a * b
Registry.register(1).register(2)
print(Registry.items, Registry.helper(6, 7), Registry().helper(2, 3))
sm = Temperature.__dict__["c_to_f"]
cm = Temperature.__dict__["from_fahrenheit"]
print(type(sm).__name__, type(cm).__name__)
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self.n
c = Counter()
f = c.inc
f(); f()
print(c.n, Counter.inc(c))
