import sys
print(sys.path[0].endswith("env_minipypath_absent"))
