m = __import__("a.b")
print(m.__name__)
m = __import__("a.b", fromlist=["x"])
print(m.__name__)
