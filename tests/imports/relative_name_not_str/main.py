__import__("b", {"__name__": 3}, None, ["V"], 1)
