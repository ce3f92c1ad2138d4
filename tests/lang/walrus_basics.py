# assignment expressions (walrus)
if (n := len("hello")) > 3:
    print("long string of length", n)
data = [1, 5, 12, 7, 20, 3]
big = [y for x in data if (y := x * 2) > 10]
print(big, y)
print([last := v for v in range(4)], last)
values = iter([3, 8, 0, 5])
total = 0
while (v := next(values)) != 0:
    total += v
print("total before zero:", total, "v =", v)
def parse(s):
    if (i := s.find("=")) >= 0:
        return s[:i], s[i + 1:]
    return s, None
print(parse("key=value"), parse("flag"))
print((z := 10) + z, z)
counts = {}
for w in "a b a c b a".split():
    counts[w] = (c := counts.get(w, 0)) + 1
print(counts, c)
stack = [1, 2, 3]
popped = []
while stack and (top := stack.pop()) != 1:
    popped.append(top)
print(popped, top, stack)
def f():
    [inner := i for i in range(3)]
    return inner
print(f())
print(any((hit := x) > 4 for x in [1, 3, 6, 2]), hit)
