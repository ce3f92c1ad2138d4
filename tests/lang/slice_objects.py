# slice objects
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), slice(1, None))
xs = list(range(10))
print(xs[s], "abcdefghij"[s], tuple(xs)[s], range(10)[s])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(0, 100, 3).indices(7))
rev = slice(None, None, -1)
print(xs[rev], "hello"[rev])
class Grabber:
    def __getitem__(self, key):
        return key
g = Grabber()
print(g[1], g[1:2], g[::3], g[1:2, 3], g[:, 0], g["k"], g[...])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
first_three = slice(0, 3)
print([w[first_three] for w in ["python", "is", "fun"]])
xs[slice(2, 5)] = ["x"]
print(xs)
del xs[slice(None, None, 2)]
print(xs)
print(repr(slice("a", "b")), Ellipsis, ..., ... is Ellipsis, type(...).__name__)
