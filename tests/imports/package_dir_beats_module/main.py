import thing
print(thing.KIND)
