import importlib
m = importlib.__import__("pkg.sub")
print(m.__name__)
m = importlib.__import__("pkg.sub", fromlist=["x"])
print(m.__name__)
