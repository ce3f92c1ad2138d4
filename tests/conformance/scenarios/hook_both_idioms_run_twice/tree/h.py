import sys
def main(argv):
    print('main() called with', argv[1:])
    return 0
if __name__ == '__main__':
    main(sys.argv)
def __main__(argv):
    return main(argv)
