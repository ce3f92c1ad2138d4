import pkg
print(pkg.b.V)
