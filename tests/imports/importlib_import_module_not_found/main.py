import importlib
importlib.import_module("nope.deeper")
