import mod, pkg, sys
print(repr(mod.__spec__).split("loader=")[0], mod.__spec__.origin)
print(sys.__spec__)
print(str(pkg.__spec__).split("origin=")[1])
