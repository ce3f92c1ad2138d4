import sys
print("'al' in sys.modules:", 'al' in sys.modules)
print("sys.modules.get('al') is the running module:", sys.modules.get('al') is sys.modules[__name__])
print("__name__:", __name__, '| __spec__.name:', __spec__.name)
