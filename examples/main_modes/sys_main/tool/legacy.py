# The classic test.  Under pep3122 with -m, __name__ is 'tool.legacy', so nothing runs.
import sys


def main(argv):
    print(f"hello from legacy  (__name__={__name__!r})")


if __name__ == "__main__":
    main(sys.argv)
