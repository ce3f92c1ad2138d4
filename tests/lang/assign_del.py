# del statement on names, list items, slices, dict keys, attributes
x = 5
del x
try:
    x
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class O:
    pass
o = O()
o.attr = 1
o.other = 2
del o.attr
print(vars(o))
a, b, c = 1, 2, 3
del a, b
print(c, "a" in globals(), "b" in globals())
nested = {"k": [1, {"inner": 2, "keep": 3}]}
del nested["k"][1]["inner"]
print(nested)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
try:
    del lst[100]
except IndexError as e:
    print("IndexError:", e)
try:
    del o.nothing
except AttributeError as e:
    print("AttributeError:", e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
items = [1, 2, 3]
for_del = items
del items
print(for_del)
[e1, e2] = [10, 20]
del [e1, e2]
print("e1" in globals())
