# yield from delegation and return values
def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield 3
    return "outer result"
print(list(outer()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)))))
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def tree_walk(node, depth=0):
    name, children = node
    yield "  " * depth + name
    for c in children:
        yield from tree_walk(c, depth + 1)
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("deep", [])])])])
print("\n".join(tree_walk(tree)))
def summer():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x
def delegator(results):
    while True:
        r = yield from summer()
        results.append(r)
results = []
d = delegator(results)
next(d)
for v in [1, 2, 3, None, 10, 20, None]:
    d.send(v)
print(results)
g = outer()
print(next(g), next(g))
try:
    next(g); next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
