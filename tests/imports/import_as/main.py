import a.b as c
print(c.__name__)
print("a" in dir())
