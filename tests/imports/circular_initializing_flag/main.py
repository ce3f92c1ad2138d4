import m1
print(m1.__spec__._initializing)
