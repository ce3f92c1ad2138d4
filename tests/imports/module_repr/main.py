import mod, pkg, sys
print(mod)
print(pkg)
print(sys)
