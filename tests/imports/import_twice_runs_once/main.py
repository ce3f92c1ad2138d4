import mod
import mod
print(mod.X)
