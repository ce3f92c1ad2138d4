import sys
print("dir main", __name__, __spec__.name, sys.argv)
raise KeyError("k")
