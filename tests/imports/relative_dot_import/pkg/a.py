from . import b
print(b.V)
