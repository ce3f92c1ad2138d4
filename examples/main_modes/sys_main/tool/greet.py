# The portable "am I the main program?" test.  Works in all four modes, by path and with -m.
import sys

MAIN_NAME = getattr(sys, "main", "__main__")    # pep3122 has sys.main; the others do not


def main(argv):
    who = argv[1] if len(argv) > 1 else "world"
    print(f"hello, {who}  (__name__={__name__!r}, main name={MAIN_NAME!r})")


if __name__ == MAIN_NAME:
    main(sys.argv)
