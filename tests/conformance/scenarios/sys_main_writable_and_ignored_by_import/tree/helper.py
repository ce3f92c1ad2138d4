import sys
print('helper runs as', __name__, '| __name__ == sys.main:', __name__ == sys.main)
