import sys
def __main__(argv):
    sys.exit(7)
