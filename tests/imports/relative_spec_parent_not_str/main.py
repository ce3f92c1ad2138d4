class S:
    parent = 5
__import__("b", {"__spec__": S()}, None, ["V"], 1)
