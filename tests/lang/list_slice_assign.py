# slice assignment and deletion
xs = list(range(10))
xs[2:4] = ["a", "b", "c"]; print(xs)
xs[:1] = []; print(xs)
xs[-2:] = [100]; print(xs)
xs[3:3] = [7, 7]; print(xs)
xs[::2] = "ABCDEF"[:len(xs[::2])]; print(xs)
try:
    xs[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del xs[1]; print(xs)
del xs[-3:]; print(xs)
del xs[::2]; print(xs)
ys = list(range(12))
del ys[1:10:3]; print(ys)
ys[1:3] = range(5); print(ys)
ys[len(ys):] = [99]; print(ys)
ys[:] = [0]; print(ys)
zs = [1, 2, 3, 4, 5]
zs[::-1] = [10, 20, 30, 40, 50]; print(zs)
zs[1:4] = (); print(zs)
del zs[:]; print(zs)
ws = [1, 2, 3]
ws[5:] = [4]; print(ws)
ws[-100:1] = ["x"]; print(ws)
try:
    ws[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del ws[10]
except IndexError as e:
    print("IndexError:", e)
