# generator pipelines
lines = """# comment
alpha 3
beta 5

gamma x
delta 12
# another
epsilon 7""".splitlines()
def non_blank(ls):
    for l in ls:
        if l.strip() and not l.startswith("#"):
            yield l
def parse(ls):
    for l in ls:
        name, val = l.split()
        try:
            yield name, int(val)
        except ValueError:
            print("skip bad line:", repr(l))
def big(items, limit):
    return ((n, v) for n, v in items if v > limit)
pipeline = big(parse(non_blank(lines)), 4)
for name, v in pipeline:
    print(name, v)
def integers(start=1):
    n = start
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in integers(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
def take(n, it):
    return [x for _, x in zip(range(n), it)]
print(take(20, primes()))
def window(it, k):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > k:
            buf.pop(0)
        if len(buf) == k:
            yield tuple(buf)
print(list(window(range(6), 3)))
def running(it):
    s = 0
    for x in it:
        s += x
        yield s
print(list(running(x * x for x in range(8))))
