import mod
print(mod)
