__import__("b", {}, None, ["V"], 1)
