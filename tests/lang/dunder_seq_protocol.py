# old-style sequence iteration via __getitem__ raising IndexError
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        print(f"  getitem({i})")
        if i >= self.n:
            raise IndexError(i)
        return i * i
sq = Squares(4)
print(list(sq))
for x in Squares(2):
    print("loop", x)
print(9 in Squares(5))
print(7 in Squares(3))
a, b, c = Squares(3)
print(a, b, c)
it = iter(Squares(2))
print(type(it).__name__, next(it), next(it), next(it, "end"))
class Letters:
    def __getitem__(self, i):
        return "hello"[i]
print(list(Letters()), "".join(Letters()), max(Letters()), sorted(Letters()))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
class NotIterable:
    pass
try:
    for x in NotIterable():
        pass
except TypeError as e:
    print("TypeError:", e)
