import sys
result = globals().get("seed", 0) + 1
argv0 = sys.argv[0]
was_registered = sys.modules.get(__name__) is not None
print("target runs as", __name__, __package__)
