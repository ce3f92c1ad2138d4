m = __import__("b", {"__package__": "pkg"}, None, ["V"], 1)
print(m.V)
