import sys
try:
    import bad
except SyntaxError as e:
    print(type(e).__name__, e.lineno, "bad" in sys.modules)
