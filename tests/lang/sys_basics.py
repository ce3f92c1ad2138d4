# sys module: argv, path, modules, version_info, stdout.write
import sys
print(sys.argv, len(sys.argv), type(sys.argv).__name__)
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print("sys" in sys.modules, type(sys.modules).__name__, sys.modules["sys"] is sys)
print(sys.version_info[:2] >= (3, 11), sys.version_info >= (3,), sys.version_info[0] == 3, sys.version_info.major >= 3)
print(sys.version_info[:2] < (4, 0), (3, 10) < sys.version_info[:2], sys.version_info > (3, 11, 0, "alpha"))
n = sys.stdout.write("written with sys.stdout.write\n")
print("returned", n)
sys.stdout.write("no newline")
sys.stdout.write(" ... joined\n")
print(sys.getrecursionlimit() > 100, type(sys.getrecursionlimit()).__name__)
print(sys.argv[0].endswith(".py"), sys.argv[1:])
import math
import time
print("math" in sys.modules, "time" in sys.modules, math.floor(2.5))
