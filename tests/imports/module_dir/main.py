import lazy
print(dir(lazy))
