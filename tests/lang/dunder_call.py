# __call__: callable objects
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, *more, scale=1):
        self.calls += 1
        return (x + self.n + sum(more)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5.calls, callable(add5), callable(Adder), callable(5))
print(list(map(add5, [10, 20])), sorted([3, 1, 2], key=Adder(-10)))
class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        result = 0
        for c in self.coeffs:
            result = result * x + c
        return result
    def __repr__(self):
        terms = []
        deg = len(self.coeffs) - 1
        for i, c in enumerate(self.coeffs):
            p = deg - i
            if c:
                terms.append(f"{c}x^{p}" if p > 1 else f"{c}x" if p == 1 else f"{c}")
        return " + ".join(terms) or "0"
p = Polynomial(2, 0, -3, 1)
print(p, [p(x) for x in range(-2, 3)])
class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self):
        self.count += 1
        return self.count
c = Counter()
print(iter(c, 4).__class__.__name__, list(iter(c, 4)), c.count)
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.fn(*args)
        return self.cache[args]
@Memo
def grid_paths(r, c):
    return 1 if r == 0 or c == 0 else grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(10, 10), len(grid_paths.cache), type(grid_paths).__name__)
