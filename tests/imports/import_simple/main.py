import mod
print(mod.X)
