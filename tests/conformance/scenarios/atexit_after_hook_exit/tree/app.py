# D12: the hook's result leaves through SystemExit, so atexit handlers run as for sys.exit.
import atexit
import sys

atexit.register(print, "atexit handler ran; argv", sys.argv)


def __main__(argv):
    print("hook called with", argv)
    return 5


print("body done")
