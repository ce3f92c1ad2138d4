import importlib.util as u
print(u.resolve_name("..z", "a.b.c"), u.resolve_name("x", None), u.resolve_name(".y", "p"))
u.resolve_name(".z", None)
