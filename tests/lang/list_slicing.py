# list slicing with steps
xs = list(range(10))
print(xs[2:7], xs[:4], xs[6:], xs[-3:], xs[:-7], xs[::3], xs[1::4])
print(xs[::-1], xs[::-3], xs[7:2:-1], xs[-2:-8:-2], xs[2:7:-1])
print(xs[100:], xs[-100:2], xs[5:5], xs[3:1])
print(xs[slice(2, 8, 2)], xs[slice(None)], xs[slice(-1, None, -4)])
t = tuple(xs)
print(t[1:4], t[::-2], t[-1:], type(t[1:3]).__name__)
copy = xs[:]
copy[0] = 99
print(xs[0], copy[0], copy is xs, copy == xs)
nested = [[1, 2], [3, 4]]
shallow = nested[:]
shallow[0].append(5)
print(nested, shallow)
print(xs[len(xs) // 2:], xs[:len(xs) // 2])
