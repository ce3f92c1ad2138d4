# sys.exit() with no argument / 0 / None exits with status 0; finally blocks run
import sys
print("before exit")
try:
    sys.exit()
except SystemExit as e:
    print("caught SystemExit", repr(e.code), e.args)
try:
    sys.exit(5)
except SystemExit as e:
    print("caught code", e.code, type(e.code).__name__)
try:
    sys.exit("msg")
except SystemExit as e:
    print("caught message", repr(e.code))
try:
    raise SystemExit(2, "x")
except SystemExit as e:
    print("tuple args", e.code, e.args)
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception))
try:
    try:
        sys.exit(0)
    except Exception:
        print("not caught by except Exception")
finally:
    print("finally runs during exit")
print("never printed")
