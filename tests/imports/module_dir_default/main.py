import plain
print([n for n in dir(plain) if not n.startswith("__")])
