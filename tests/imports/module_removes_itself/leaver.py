import sys
print("leaving")
del sys.modules[__name__]
