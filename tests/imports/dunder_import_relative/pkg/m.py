r = __import__("s", globals(), None, ["V"], 1)
print(r.__name__, r.V)
