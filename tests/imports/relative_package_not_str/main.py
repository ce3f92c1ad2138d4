__import__("b", {"__package__": 1}, None, ["V"], 1)
