import sys
print('pc/sub/__init__.py runs as', __name__, '| argv[0]:', sys.argv[0])
