import importlib
importlib.reload(42)
