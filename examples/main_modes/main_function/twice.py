# Trap: both idioms in one module.  Under pep299 main() runs twice.
import sys


def main():
    print("main() runs")


if __name__ == "__main__":     # the classic idiom: runs during the body, in every mode but
    main()                     # pep3122 -m (where __name__ is the real name)


def __main__(argv):            # the PEP 299 hook: runs after the body, in pep299 only
    main()
