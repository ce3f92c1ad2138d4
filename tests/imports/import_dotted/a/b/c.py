V = 3
print("a.b.c")
