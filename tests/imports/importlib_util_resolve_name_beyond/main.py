import importlib.util as u
u.resolve_name("...z", "a.b")
