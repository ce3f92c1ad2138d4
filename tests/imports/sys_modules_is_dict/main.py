import sys
print(type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.modules)
