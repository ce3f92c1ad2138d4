# After a script has run, __file__ and __cached__ leave __main__ (an atexit handler sees that).
import atexit
import sys

main = sys.modules["__main__"]
atexit.register(lambda: print("at exit:", "__file__" in main.__dict__, "__cached__" in main.__dict__))
print("while running:", "__file__" in main.__dict__, "__cached__" in main.__dict__)
