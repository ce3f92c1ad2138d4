import sys
def __main__(argv):
    argv.append('added')
    print(sys.argv[1:])
