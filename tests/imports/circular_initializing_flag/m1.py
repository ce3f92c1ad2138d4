import m1 as me
print(me.__spec__._initializing)
