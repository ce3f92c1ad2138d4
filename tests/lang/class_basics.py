# basic classes: __init__, methods, instance and class attributes
class Dog:
    species = "canis familiaris"
    count = 0
    def __init__(self, name, age):
        self.name = name
        self.age = age
        Dog.count += 1
    def describe(self):
        return f"{self.name} is {self.age} years old"
    def speak(self, sound="woof"):
        return f"{self.name} says {sound}"
    def birthday(self):
        self.age += 1
        return self
a = Dog("Rex", 3)
b = Dog("Fido", 5)
print(a.describe(), "|", b.speak("arf"), "|", a.speak())
print(a.birthday().birthday().age, Dog.count, a.count, a.species == b.species)
a.species = "custom"
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
print(type(a).__name__, type(a) is Dog, isinstance(a, Dog), Dog.__name__, type(Dog).__name__)
print(Dog.describe(b), Dog.speak(a, "grr"))
m = a.speak
print(m("bound"), m.__self__ is a, m.__func__ is Dog.speak)
print(vars(b), sorted(vars(Dog).keys() & {"species", "count", "describe"}))
b.tricks = ["sit"]
print(vars(b))
print(hasattr(a, "name"), hasattr(a, "nope"), getattr(a, "age"), getattr(a, "nope", "missing"))
class Empty:
    pass
e = Empty()
e.x = 1
e.y = [e.x]
print(e.x, e.y, vars(e), Empty.__name__)
print(repr(Dog)[:20], str(Dog), Empty)
