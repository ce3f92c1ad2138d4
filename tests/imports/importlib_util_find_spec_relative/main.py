import importlib.util as u
print(u.find_spec(".sub", "pkg").name)
u.find_spec(".sub")
