# getattr, setattr, hasattr, delattr, vars, dir on user instances
class Obj:
    cls_attr = "class level"
    def __init__(self):
        self.a = 1
        self.b = "two"
    def method(self):
        return "method result"
o = Obj()
print(getattr(o, "a"), getattr(o, "cls_attr"), getattr(o, "missing", "default"), getattr(o, "method")())
setattr(o, "c", [3])
setattr(o, "a", 100)
print(o.a, o.c, vars(o))
print(hasattr(o, "c"), hasattr(o, "zzz"), hasattr(o, "method"), hasattr(Obj, "a"))
delattr(o, "c")
print(hasattr(o, "c"), vars(o))
for name in ["a", "b"]:
    setattr(o, name + "_copy", getattr(o, name))
print(sorted(vars(o).items()))
print([n for n in dir(o) if not n.startswith("__")])
print([n for n in dir(Obj) if not n.startswith("_")])
print(vars(o) is o.__dict__, "cls_attr" in vars(Obj), "a" in vars(Obj))
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
fields = {"name": "widget", "qty": 3}
class Blank:
    pass
b = Blank()
for k, v in fields.items():
    setattr(b, k, v)
print(b.name, b.qty, vars(b) == fields)
