import sys
print(__file__.rpartition('/')[0].rpartition('/')[2] + '/__init__.py runs as', __name__, '| sys.main:', getattr(sys, 'main', 'AttributeError'), '| argv[0]:', sys.argv[0])
