import sys
sys.modules["blocked"] = None
try:
    import blocked
except ModuleNotFoundError as e:
    print(e.name, e.path, e)
