import importlib
m = importlib.import_module("pkg.sub")
print(m.__name__)
r = importlib.import_module(".sub", "pkg")
print(r is m)
r2 = importlib.import_module("..sub", "pkg.other")
print(r2 is m)
