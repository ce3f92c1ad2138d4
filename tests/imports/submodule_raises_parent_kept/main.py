import sys
try:
    import pkg.sub
except KeyError as e:
    print(repr(e), "pkg" in sys.modules, "pkg.sub" in sys.modules, hasattr(sys.modules["pkg"], "sub"))
