# generator object state and iteration protocol
def g():
    yield 1
    yield 2
gen = g()
print(iter(gen) is gen, hasattr(gen, "__next__"), hasattr(gen, "send"))
print(next(gen), gen.__next__())
print(next(gen, "default"))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
c = Countdown(4)
print(list(c), list(c), sum(c), 3 in c, 9 in c)
def interleave(*gens):
    gens = [iter(x) for x in gens]
    while gens:
        alive = []
        for it in gens:
            try:
                yield next(it)
                alive.append(it)
            except StopIteration:
                pass
        gens = alive
print(list(interleave("abc", [1, 2], range(10, 14))))
def reentrant():
    yield from range(3)
r = reentrant()
print(list(zip(r, r)))
def gen_raises():
    yield 1
    raise ValueError("inside generator")
try:
    for v in gen_raises():
        print("got", v)
except ValueError as e:
    print("ValueError:", e)
def stop_inside():
    yield 1
    return 99
print(list(stop_inside()))
def bad():
    yield 1
    raise StopIteration("explicit")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
