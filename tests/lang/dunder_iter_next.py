# iterator protocol: __iter__ and __next__
class Range2:
    def __init__(self, start, stop, step=1):
        self.cur, self.stop, self.step = start, stop, step
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.stop:
            raise StopIteration
        v = self.cur
        self.cur += self.step
        return v
r = Range2(0, 10, 3)
print(list(r), list(r))
print(sum(Range2(1, 101)), max(Range2(5, 8)), sorted(Range2(0, 3), reverse=True))
class Cycle:
    def __init__(self, items, times):
        self.items, self.times = items, times
    def __iter__(self):
        return CycleIter(self)
class CycleIter:
    def __init__(self, src):
        self.src, self.i = src, 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.src.items) * self.src.times:
            raise StopIteration
        v = self.src.items[self.i % len(self.src.items)]
        self.i += 1
        return v
c = Cycle("ab", 3)
print(list(c), list(c), "".join(c))
it = iter(c)
print(next(it), next(it), next(it), list(it))
print(list(zip(Range2(0, 3), Cycle([True, False], 5))))
print(dict(zip(Range2(0, 3), "xyz")), list(enumerate(Range2(10, 13))))
a, *rest = Range2(0, 5)
print(a, rest)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
print(list(map(str, Range2(0, 4))), [x for x in Range2(2, 5)], tuple(Range2(1, 3)))
print(next(iter(Range2(5, 6)), None), next(iter(Range2(5, 5)), "empty"))
