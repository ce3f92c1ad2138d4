# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, pos):
        r, c = pos
        if not (0 <= r < self.h and 0 <= c < self.w):
            raise IndexError(f"cell {pos} out of range")
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, val):
        print(f"set {pos} = {val!r}")
        self.cells[pos] = val
    def __delitem__(self, pos):
        print(f"del {pos}")
        del self.cells[pos]
    def __contains__(self, val):
        return val in self.cells.values()
    def __iter__(self):
        for r in range(self.h):
            yield "".join(self[r, c] for c in range(self.w))
g = Grid(4, 3)
g[0, 0] = "#"
g[1, 2] = "@"
g[2, 3] = "#"
print(len(g), g[1, 2], g[0, 1], "@" in g, "%" in g, "%" not in g)
for row in g:
    print(row)
del g[0, 0]
print(list(g))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
try:
    del g[9, 9]
except KeyError as e:
    print("KeyError:", e)
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"Seq({self.data})"
s = Seq("abcdef")
print(s[1], s[-1], s[1:4], s[::-2], len(s), list(s), "c" in s, "z" in s)
print(bool(Seq([])), bool(s), sorted(Seq([3, 1, 2])), reversed(s) is not None, list(reversed(s)))
