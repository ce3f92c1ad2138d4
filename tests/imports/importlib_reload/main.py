import importlib, mod
mod.extra = 1
m2 = importlib.reload(mod)
print(m2 is mod, mod.COUNT, mod.extra)
