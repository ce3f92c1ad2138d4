import importlib.util as u
s = u.spec_from_file_location("p", "p/__init__.py")
print(s.name, s.parent, [x.endswith("/p") for x in s.submodule_search_locations], s.has_location)
print(u.spec_from_file_location("x", "x.txt"))
