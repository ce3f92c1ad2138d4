import sys
print('pc/__main__.py runs as', __name__, '| sys.argv:', sys.argv)
