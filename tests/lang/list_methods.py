# list methods
xs = [3, 1, 4]
xs.append(1); print(xs)
xs.extend([5, 9]); print(xs)
xs.extend(range(2)); print(xs)
xs.extend("ab"); print(xs)
xs.insert(0, "first"); print(xs)
xs.insert(-1, "mid"); print(xs)
xs.insert(100, "end"); print(xs)
xs.insert(-100, "start"); print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(1); print(xs)
print(xs.index(1), xs.index(9), xs.count(1), xs.count("zz"))
print(xs.index(1, 3) if 1 in xs[3:] else "n/a")
ys = xs.copy()
ys.reverse(); print(ys, xs == ys[::-1])
ys.clear(); print(ys, len(ys), xs is not ys)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
print(list(), list("xyz"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}))
print(len([]), len([[]]), [[]] * 2, [0] * 3, [1, 2] * 0)
