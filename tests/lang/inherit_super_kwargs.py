# cooperative multiple inheritance with **kwargs, super() in classmethods
class Base:
    def __init__(self, **kw):
        print("Base leftovers:", kw)
        super().__init__()
class Named(Base):
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)
class Aged(Base):
    def __init__(self, age, **kw):
        self.age = age
        super().__init__(**kw)
class Person(Named, Aged):
    def __init__(self, **kw):
        super().__init__(**kw)
    def __repr__(self):
        return f"Person({self.name}, {self.age})"
p = Person(name="Ann", age=30)
print(p, [c.__name__ for c in Person.__mro__])
p2 = Person(name="Bo", age=5, extra="x")
class Animal:
    sound = "..."
    @classmethod
    def create(cls):
        return f"created {cls.__name__}"
    def speak(self):
        return self.sound
class Cat(Animal):
    sound = "meow"
    @classmethod
    def create(cls):
        return super().create() + " (a cat)"
    def speak(self):
        return super().speak().upper() + "!"
print(Cat.create(), Cat().speak(), Animal().speak())
class Store:
    def __init__(self):
        self.data = {}
    def set(self, k, v):
        self.data[k] = v
class LoggedStore(Store):
    def set(self, k, v):
        print(f"  setting {k!r}")
        super().set(k, v)
ls = LoggedStore()
ls.set("a", 1)
ls.set("b", 2)
print(ls.data, isinstance(ls, Store))
class Explicit(Cat):
    def speak(self):
        return super(Cat, self).speak() + " via explicit super"
print(Explicit().speak())
