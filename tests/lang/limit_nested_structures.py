# moderately deep nesting: building, printing, comparing, hashing
nested = []
cur = nested
for i in range(50):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
s = repr(nested)
print(len(s), s[:40], s[-60:])
def depth(x):
    d = 0
    while isinstance(x, list) and x:
        x = x[-1]
        d += 1
    return d
print(depth(nested))
t = ()
for i in range(100):
    t = (i, t)
t2 = ()
for i in range(100):
    t2 = (i, t2)
print(t == t2, hash(t) == hash(t2), len(str(t)), str(t)[:30])
d = {}
cur = d
for i in range(30):
    cur["k%d" % i] = {}
    cur = cur["k%d" % i]
print(str(d)[:50], str(d).count("{"))
selfref = [1, 2]
selfref.append(selfref)
print(selfref, len(str(selfref)))
dd = {"a": 1}
dd["self"] = dd
print(dd)
a = [1]
b = [a, a]
print(b, b[0] is b[1])
deep_eq1 = [[[[[[1]]]]]]
deep_eq2 = [[[[[[1]]]]]]
print(deep_eq1 == deep_eq2, deep_eq1 < [[[[[[2]]]]]])
nested_dict = {"level": 0}
node = nested_dict
for i in range(1, 20):
    node["child"] = {"level": i}
    node = node["child"]
count = 0
node = nested_dict
while "child" in node:
    node = node["child"]
    count += 1
print(count, node)
