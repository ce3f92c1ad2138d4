# property with getter, setter and deleter
class Circle:
    def __init__(self, radius):
        self.radius = radius
    @property
    def radius(self):
        return self._radius
    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._radius = value
    @radius.deleter
    def radius(self):
        print("deleting radius")
        del self._radius
    @property
    def area(self):
        return round(3.14159 * self._radius ** 2, 3)
    @property
    def diameter(self):
        return self._radius * 2
    @diameter.setter
    def diameter(self, d):
        self.radius = d / 2
c = Circle(2)
print(c.radius, c.area, c.diameter)
c.radius = 3
print(c.radius, c.area)
c.diameter = 10
print(c.radius, c.diameter)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
try:
    c.area = 5
except AttributeError as e:
    print("AttributeError:", e)
del c.radius
print(hasattr(c, "_radius"))
try:
    c.radius
except AttributeError as e:
    print("AttributeError:", e)
print(type(Circle.area).__name__, isinstance(Circle.radius, property))
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
l = Lazy()
print(l.value, l.value, l.computed)
class Legacy:
    def __init__(self):
        self._x = 0
    def get_x(self):
        return self._x
    def set_x(self, v):
        self._x = v * 2
    x = property(get_x, set_x)
lg = Legacy()
lg.x = 5
print(lg.x)
try:
    del lg.x
except AttributeError as e:
    print("AttributeError:", e)
