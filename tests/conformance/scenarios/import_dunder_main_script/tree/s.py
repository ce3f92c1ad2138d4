import sys
MARKER = 1
import __main__
print('import __main__ is sys.modules["__main__"]:', __main__ is sys.modules['__main__'])
print('import __main__ is the running module:', hasattr(__main__, 'MARKER'))
