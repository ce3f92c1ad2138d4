__import__("b", {"__name__": "toplevel"}, None, ["V"], 1)
