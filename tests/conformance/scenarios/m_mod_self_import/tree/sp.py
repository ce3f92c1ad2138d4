import sys
print('sp.py runs as', __name__)
import sp
print('  in', __name__, ': import sp gives this module:', sp is sys.modules[__name__])
