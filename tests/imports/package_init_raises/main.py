import sys
try:
    import pkg.sub
except RuntimeError as e:
    print(e, "pkg" in sys.modules, "pkg.sub" in sys.modules)
