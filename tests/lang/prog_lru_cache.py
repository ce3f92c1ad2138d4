# LRU cache built on dict ordering; used as a decorator
class LRU:
    def __init__(self, capacity, verbose=True):
        self.capacity = capacity
        self.verbose = verbose
        self.data = {}
        self.hits = self.misses = 0
    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
            self.data[key] = value
            return value
        self.misses += 1
        return default
    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            if self.verbose:
                print(f"  evict {oldest!r}")
            del self.data[oldest]
        self.data[key] = value
    def __repr__(self):
        return f"LRU({list(self.data.items())}, hits={self.hits}, misses={self.misses})"
c = LRU(3)
for k in "abc":
    c.put(k, k.upper())
print(c)
print(c.get("a"), c.get("z"))
c.put("d", "D")
print(c)
c.put("c", "C2")
c.put("e", "E")
print(c, list(c.data))
def lru_cache(capacity):
    def deco(fn):
        cache = LRU(capacity, verbose=False)
        def wrapper(*args):
            sentinel = object()
            v = cache.get(args, sentinel)
            if v is sentinel:
                v = fn(*args)
                cache.put(args, v)
            return v
        wrapper.cache = cache
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco
@lru_cache(100)
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100, (50, 25, 10, 5, 1)), ways.__name__, ways.cache.hits, ways.cache.misses, len(ways.cache.data))
print(list(ways.cache.data)[-3:])
