# sys.exit skips the removal of __file__ from __main__ (CPython exits from inside the run).
import atexit
import sys

main = sys.modules["__main__"]
atexit.register(lambda: print("at exit:", "__file__" in main.__dict__))
sys.exit(0)
