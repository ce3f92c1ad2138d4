# object and type basics, identity and equality
o1, o2 = object(), object()
print(o1 == o1, o1 == o2, o1 is o2, o1 != o2, type(o1).__name__, isinstance(o1, object))
print(type(o1) is object, object.__name__, object.__bases__, type.__bases__)
try:
    o1.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(5, object), isinstance(None, object), isinstance(int, object), isinstance(object, type))
print(type(type(5)) is type, type(object) is type, type.__name__, type(type).__name__)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None)() is None, bool() is False, int() == 0, str() == "", tuple() == ())
print(str.__name__, list.__name__, dict.__name__, type(print).__name__, type(lambda: 1).__name__)
class Thing:
    pass
t = Thing()
print(type(t) is Thing, type(t).__name__, Thing.__name__, type(Thing).__name__, t.__class__ is Thing)
print(int is type(3), type(3.0)(2), type("")(5), type([])("ab"), type(t)().__class__.__name__)
