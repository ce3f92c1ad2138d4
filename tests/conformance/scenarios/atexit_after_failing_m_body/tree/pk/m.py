# C7: when the body of an -m target raises, what is left in sys.modules and on the package,
# seen from an atexit handler (which runs after the traceback).
import atexit
import sys


def report():
    pk = sys.modules["pk"]
    print("at exit: 'pk.m' in sys.modules:", "pk.m" in sys.modules, "| pk.m bound:", hasattr(pk, "m"))


atexit.register(report)
print("body runs as", __name__)
raise ValueError("body failed")
