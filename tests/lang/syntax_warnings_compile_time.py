x = 1
print(x is 1, x is not "a", x is None, x is (), x is (1, 2), x is -1, 1 is x is 2)
print(x is (1 + 2), x is not 2.5, x is ..., x is True, x is b"x")
assert (x, "always")
assert (1, "constant")
assert ()
try:
    (1, 2)(3)
except TypeError as e:
    print(e)
try:
    [1, 2](3)
except TypeError as e:
    print(e)
try:
    f"{x}"(1)
except TypeError as e:
    print(e)
try:
    5[0]
except TypeError as e:
    print(e)
try:
    {1}[0]
except TypeError as e:
    print(e)
try:
    (lambda: 1)[0]
except TypeError as e:
    print(e)
try:
    [1, 2]["a"]
except TypeError as e:
    print(e)
try:
    (1, 2)["a"]
except TypeError as e:
    print(e)
try:
    "abc"[1.5]
except TypeError as e:
    print(e)
print([1, 2][x], (1, 2)[0:1], "ab"[-1])
def f():
    return x is 1
print(f())
y = (
    x
    is
    3
)
