# chained assignment and augmented assignment on names, attributes, subscripts
a = b = c = [1]
a.append(2)
print(a, b, c, a is b is c)
x = y = 5
x += 1
print(x, y)
i = j = k = 0
print(i, j, k)
obj_list = [0, 0, 0]
idx = 0
idx = obj_list[idx] = 2
print(idx, obj_list)
class Box:
    def __init__(self):
        self.n = 1
        self.items = []
box = Box()
box.n += 10
box.n *= 3
box.n -= 3
box.n //= 5
box.n **= 2
box.n %= 7
print(box.n)
box.items += [1, 2]
box.items *= 2
print(box.items)
d = {"a": 1}
d["a"] += 5
d["b"] = d.get("b", 0) + 1
d["a"] <<= 2
d["a"] |= 1
d["a"] ^= 3
d["a"] &= 0xFF
d["a"] >>= 1
print(d)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 7
grid[0][0] -= 1
print(grid)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t += (2, 3)
print(t)
f = 1.5
f /= 2
f += 1
print(f)
calls = []
def key():
    calls.append("key")
    return "k"
store = {"k": 10}
store[key()] += 1
print(store, calls)
n = 10
try:
    n += "x"
except TypeError as e:
    print("TypeError:", e)
lst = [1]
try:
    lst += 5
except TypeError as e:
    print("TypeError:", e)
print(n, lst)
