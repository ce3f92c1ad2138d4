# comprehension variables do not leak; comprehensions have their own scope
x = 10
lst = [x for x in range(3)]
print(lst, x)
gen = list(x * 2 for x in range(3))
print(gen, x)
s = {x for x in "ab"}
d = {x: 1 for x in (7,)}
print(sorted(s), d, x)
try:
    [leak for leak in range(2)]
    print(leak)
except NameError as e:
    print("NameError:", e)
def f():
    y = 5
    return [y + i for i in range(3)]
print(f())
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        scaled = [v * factor for v in vals for factor in [10]]
    except NameError as e:
        scaled = str(e)
print(K.doubled, K.scaled)
fs = [lambda: i for i in range(3)]
print([fn() for fn in fs])
print([[i for i in range(j)] for j in range(4)])
total = 0
results = [total := total + v for v in [1, 2, 3, 4]]
print(results, total)
