import sys
def __main__(argv):
    print('hook')
    return 9
print('body exits')
sys.exit(5)
