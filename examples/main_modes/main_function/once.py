# The fix for twice.py: leave the `if` block with sys.exit(), so the pep299 hook never runs.
import sys


def main(argv):
    print("main() runs")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))


def __main__(argv):            # only reached when the `if` block did not fire
    return main(argv)
