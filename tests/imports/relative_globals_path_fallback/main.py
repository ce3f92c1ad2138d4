m = __import__("b", {"__name__": "pkg", "__path__": []}, None, ["V"], 1)
print(m.__name__)
