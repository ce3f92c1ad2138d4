import pkg.a
print(pkg.a.b_name)
