# isinstance / issubclass with hierarchies and tuples
class Animal: pass
class Mammal(Animal): pass
class Bird(Animal): pass
class Dog(Mammal): pass
class Bat(Mammal, Bird): pass
objs = [Animal(), Mammal(), Bird(), Dog(), Bat(), 5, "s"]
for o in objs:
    print(type(o).__name__, isinstance(o, Animal), isinstance(o, Mammal), isinstance(o, (Bird, int)), isinstance(o, object))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Bat, (Bird, str)), issubclass(Dog, Dog))
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object), isinstance(type, type))
print(isinstance(True, (str, float)), isinstance(3.0, (int, float)), isinstance([], (list, tuple)))
print(isinstance(Dog, type), isinstance(int, type), isinstance(Dog(), type))
print(issubclass(ValueError, Exception), issubclass(KeyError, LookupError), isinstance(KeyError(), IndexError))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(5, ()), isinstance(5, (int,)), isinstance(5, (str, (float, int))))
print(Dog.__bases__, Bat.__bases__, Animal.__bases__)
