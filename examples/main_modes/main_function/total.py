# A PEP 299 program: the __main__(argv) function's return value is the exit status.
# Run me:  minipy --main-mode=pep299 total.py 1 2 3 ; echo "exit=$?"
import sys

print(f"total.py: body runs as {__name__!r}")


def __main__(argv):
    print(f"__main__ called with {argv[1:]}; argv is sys.argv: {argv is sys.argv}")
    if len(argv) < 2:
        print("usage: total.py NUMBER...")
        return 2                                   # exit status 2
    numbers = []
    for arg in argv[1:]:
        try:
            numbers.append(int(arg))
        except ValueError:
            return f"total.py: not a number: {arg!r}"   # printed to stderr, exit status 1
    print("total:", sum(numbers))
    return 0
