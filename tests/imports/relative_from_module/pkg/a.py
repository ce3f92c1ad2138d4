from .b import V
print(V)
