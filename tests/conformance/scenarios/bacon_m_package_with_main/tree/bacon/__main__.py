import sys
from . import spam
print('bacon/__main__.py runs as', __name__, '| sys.main:', getattr(sys, 'main', 'AttributeError'))
