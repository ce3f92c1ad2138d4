# atexit: callbacks run newest first after the program ends (here through sys.exit), with their
# arguments; one that raises is reported and the others still run; unregister drops a function.
import atexit
import sys


def bye(name, punct="!"):
    print("bye", name + punct)


class Reporter:
    def __repr__(self):
        return "<Reporter>"

    def __call__(self):
        print("reporter runs, exit code pending")
        raise RuntimeError("reporter failed")


atexit.register(bye, "first")
atexit.register(int, "not a number")
atexit.register(Reporter())
r = atexit.register(bye, "second", punct="?")
print(r is bye)
atexit.register(print, "never printed")
atexit.unregister(print)
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
print("end of main")
sys.exit(4)
