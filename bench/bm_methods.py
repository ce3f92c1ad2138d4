# bm_methods: method calls on small objects, attribute reads/writes, inheritance, properties.


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vector(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Counter:
    def __init__(self):
        self.count = 0

    def incr(self, n):
        self.count += n
        return self

    @property
    def double(self):
        return self.count * 2


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return self.area() + len(self.name)


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)


def main():
    acc = Vector(0, 0)
    step = Vector(1, 2)
    dots = 0
    for i in range(1800000):
        acc = acc.add(step.scale(i % 3))
        dots += acc.dot(step) % 7
    c = Counter()
    for i in range(3000000):
        c.incr(i & 3).incr(1)
    shapes = [Rect(i % 5 + 1, i % 3 + 1) if i % 2 else Square(i % 4 + 1) for i in range(1000)]
    total = 0
    for _ in range(900):
        for s in shapes:
            total += s.describe()
    print("methods checksum", acc.x, acc.y, dots, c.count, c.double, total)


main()
