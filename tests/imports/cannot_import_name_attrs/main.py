try:
    from mod import NOPE
except ImportError as e:
    print(type(e).__name__, e.name, e.path.endswith("mod.py"))
