import sys
def __main__(argv):
    print('hook')
    return 9
sys.exit(0)
