# __getattr__ is called only for missing attributes; __setattr__/__delattr__ hooks
class Proxy:
    def __init__(self, target):
        self._target = target
        self.hits = 0
    def __getattr__(self, name):
        print(f"  __getattr__({name!r})")
        if name.startswith("secret"):
            raise AttributeError(f"no access to {name}")
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p._target, p.hits, p.count(1))
print(hasattr(p, "secret_key"), getattr(p, "secret", "dflt"))
try:
    p.nonexistent
except AttributeError as e:
    print("AttributeError:", e)
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        print(f"  set {name}={value!r}")
        self._fields[name] = value
    def __delattr__(self, name):
        print(f"  del {name}")
        del self._fields[name]
r = Record(a=1, b=2)
r.c = 3
print(r.a, r.c, r._fields)
del r.a
print(hasattr(r, "a"), r._fields)
class Defaults:
    x = 1
    def __getattr__(self, name):
        return f"<default {name}>"
d = Defaults()
d.y = 2
print(d.x, d.y, d.z, d.anything_else)
