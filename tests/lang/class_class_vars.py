# class-level state, counters, and class attributes shadowed by instances
class Item:
    registry = []
    next_id = 1
    tax = 0.2
    def __init__(self, name, price):
        self.id = Item.next_id
        Item.next_id += 1
        self.name = name
        self.price = price
        Item.registry.append(self)
    def total(self):
        return round(self.price * (1 + self.tax), 2)
    def __repr__(self):
        return f"Item#{self.id}({self.name})"
a = Item("pen", 1.5)
b = Item("book", 12.0)
c = Item("bag", 30.0)
print(Item.registry, Item.next_id)
print([i.total() for i in Item.registry])
b.tax = 0.0
print([i.total() for i in Item.registry], "tax" in vars(b), "tax" in vars(a))
Item.tax = 0.5
print([i.total() for i in Item.registry])
class Shape:
    sides = 0
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"
class Triangle(Shape):
    sides = 3
class Square(Shape):
    sides = 4
print([s.describe() for s in (Shape(), Triangle(), Square())])
Shape.sides = -1
print(Shape().describe(), Triangle().describe())
class Outer:
    class Inner:
        value = "inner value"
    def make(self):
        return self.Inner()
print(Outer.Inner.value, Outer().make().value, Outer.Inner.__name__)
