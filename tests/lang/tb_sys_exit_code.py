# sys.exit(3): no traceback, exit status 3, finally blocks run
import sys
print("working")
try:
    sys.exit(3)
finally:
    print("cleanup before exit")
print("not reached")
