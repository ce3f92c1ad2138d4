# multiple targets, swaps, evaluation order of assignments
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
xs = [0, 1, 2, 3]
xs[0], xs[3] = xs[3], xs[0]
print(xs)
i = 0
xs[i], i = 99, 2
print(xs, i)
def fib_pairs(n):
    a, b = 0, 1
    out = []
    for _ in range(n):
        out.append(a)
        a, b = b, a + b
    return out
print(fib_pairs(12))
order = []
def val(v):
    order.append(f"val {v}")
    return v
class Target:
    def __setattr__(self, name, value):
        order.append(f"set {name}={value}")
        object.__setattr__(self, name, value)
t = Target()
t.a, t.b = val(1), val(2)
print(order)
order.clear()
t.x = t.y = val(3)
print(order)
m = [[0, 0], [0, 0]]
r = c = 1
m[r][c] = m[0][0] = 5
print(m)
x = [1, 2, 3]
x[1:2] = x[0], = [7]
print(x)
