# sys.exit("message"): message printed to stderr, exit status 1
import sys
def main():
    print("validating")
    sys.exit("error: invalid configuration")
main()
