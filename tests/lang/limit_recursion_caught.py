# deep recursion caught as RecursionError; the interpreter keeps working afterwards
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
depth_reached = 0
def probe(n):
    global depth_reached
    depth_reached = n
    probe(n + 1)
try:
    probe(1)
except RecursionError:
    print("probe depth in (900, 1000]:", 900 < depth_reached <= 1000)
class Node:
    def __init__(self):
        self.child = self
    def size(self):
        return 1 + self.child.size()
try:
    Node().size()
except RecursionError as e:
    print("method:", type(e).__name__, e)
f = lambda n: f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("lambda:", e)
def a(n):
    return b(n)
def b(n):
    return a(n)
try:
    a(0)
except RecursionError as e:
    print("mutual:", e)
print(isinstance(RecursionError(), RuntimeError))
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print("after recovery:", ok(900))
def gen_recurse(n):
    yield from gen_recurse(n + 1)
try:
    list(gen_recurse(0))
except RecursionError as e:
    print("generator:", type(e).__name__)
for attempt in range(3):
    try:
        down(0)
    except RecursionError:
        print("attempt", attempt, "caught")
