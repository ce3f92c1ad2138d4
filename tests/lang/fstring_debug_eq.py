# self-documenting expressions {x=}
x = 10
name = "Ada"
items = [1, 2, 3]
print(f"{x=}")
print(f"{x = }")
print(f"{x*2=}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{x=:5}|")
print(f"{3.14159=:.2f}")
print(f"{items[1:]=} {len(items)=}")
print(f"{x > 5=} {None=}")
def f(a):
    return a * 3
print(f"{f(2)=}, {f('ab')=}")
