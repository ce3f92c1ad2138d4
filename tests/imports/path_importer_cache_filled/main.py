import sys, mod
print([type(v).__name__ for k, v in sys.path_importer_cache.items() if k == sys.path[0]])
