import sys
value = globals().get("seed", 0) * 10
print("script", __name__, sys.argv[0], sys.modules[__name__].__name__)
