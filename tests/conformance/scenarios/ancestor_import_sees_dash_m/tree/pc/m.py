import sys
print('pc/m.py runs as', __name__, '| sys.argv:', sys.argv)
