import sys
def __main__(argv):
    sys.exit('hook says no')
