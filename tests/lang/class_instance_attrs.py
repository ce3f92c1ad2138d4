# attribute lookup, dynamic attributes, getattr/setattr/delattr, __dict__
class Config:
    defaults = {"debug": False}
    level = 1
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
c = Config(host="localhost", port=8080)
print(c.host, c.port, c.level, vars(c))
setattr(c, "level", 5)
print(c.level, Config.level, c.__dict__)
delattr(c, "level")
print(c.level)
try:
    delattr(c, "level")
except AttributeError as e:
    print("AttributeError:", e)
try:
    c.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(c, "host"), getattr(c, "nope", None), hasattr(c, "port"))
names = [n for n in dir(c) if not n.startswith("__")]
print(names)
c.__dict__["injected"] = True
print(c.injected, "injected" in vars(c))
Config.new_class_attr = "added later"
print(c.new_class_attr)
def bound_later(self):
    return f"{self.host}:{self.port}"
Config.address = bound_later
print(c.address())
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
print(Config.__name__, Config.__dict__["level"], "address" in Config.__dict__)
class Mutable:
    shared = []
    def add(self, x):
        self.shared.append(x)
m1, m2 = Mutable(), Mutable()
m1.add(1); m2.add(2)
print(m1.shared, m2.shared, Mutable.shared is m1.shared)
