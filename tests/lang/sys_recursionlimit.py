# getrecursionlimit / setrecursionlimit
import sys
old = sys.getrecursionlimit()
print("default limit is 1000:", old == 1000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit(), depth(3000))
sys.setrecursionlimit(100)
try:
    depth(200)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit(), depth(800))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print("TypeError:", e)
