import sys
print('body runs as', __name__)
def __main__(argv):
    print('hook called with', argv, '| argv is sys.argv:', argv is sys.argv)
