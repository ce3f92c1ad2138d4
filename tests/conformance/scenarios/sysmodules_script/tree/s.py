import sys
print("'s' in sys.modules:", 's' in sys.modules, "| '__main__' in sys.modules:", '__main__' in sys.modules)
