m = __import__("mod", fromlist=["nothing"])
print(m.__name__)
