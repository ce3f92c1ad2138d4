import sys
print("'sm' in sys.modules:", 'sm' in sys.modules)
print("sys.modules.get('sm') is the running module:", sys.modules.get('sm') is sys.modules[__name__])
