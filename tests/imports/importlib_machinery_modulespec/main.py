from importlib.machinery import ModuleSpec
s = ModuleSpec("a.b", None, origin="here")
print(s, s.parent, s.has_location, s.cached, s.submodule_search_locations)
p = ModuleSpec("pkg", None, is_package=True)
print(p, p.parent)
print(s == ModuleSpec("a.b", None, origin="here"), s == p)
