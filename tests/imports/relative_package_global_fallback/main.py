g = {"__name__": "pkg.m"}
m = __import__("b", g, None, ["V"], 1)
print(m.__name__)
