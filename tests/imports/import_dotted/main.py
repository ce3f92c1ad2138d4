import a.b.c
print(a.b.c.V, a.__name__, a.b.__name__)
