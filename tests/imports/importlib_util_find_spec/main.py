import importlib.util as u
s = u.find_spec("mod")
print(s.name, s.origin.endswith("mod.py"), s.has_location)
print(u.find_spec("nope"))
print(u.find_spec("pkg.sub").name)
import sys
print("pkg" in sys.modules, "pkg.sub" in sys.modules)
print(u.find_spec("sys").origin)
