import importlib.util as u, sys
s = u.spec_from_file_location("loose", "other/loose.py")
m = u.module_from_spec(s)
print(m.__name__, m.__file__.endswith("other/loose.py"), "loose" in sys.modules)
s.loader.exec_module(m)
print(m.V)
