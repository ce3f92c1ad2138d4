# single inheritance, overriding, super()
class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"
    def describe(self):
        return "Square! " + super().describe()
class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
shapes = [Shape("blob"), Rect(2, 3), Square(4), Circle(1)]
for s in shapes:
    print(s, s.describe())
print(Square.__mro__)
print(Square.__bases__, Rect.__bases__, Shape.__bases__)
print(isinstance(shapes[2], Rect), issubclass(Square, Shape), issubclass(Circle, Rect))
print(sorted(shapes, key=lambda s: s.area()))
class Base:
    greeting = "hello"
    def greet(self):
        return self.greeting + " from " + self.who()
    def who(self):
        return "base"
class Derived(Base):
    greeting = "hi"
    def who(self):
        return "derived"
print(Base().greet(), "|", Derived().greet())
print(Derived.greet is Base.greet, "greet" in Derived.__dict__, "who" in Derived.__dict__)
