# insertion order is preserved, re-insertion and deletion
d = {}
for ch in "zyxwv":
    d[ch] = ord(ch)
print(d, list(d))
d["x"] = 0
print(list(d))
del d["y"]
d["y"] = 1
print(list(d.items()))
d.pop("z"); d["z"] = 2
print(d)
print(dict(sorted(d.items())), dict(sorted(d.items(), key=lambda kv: kv[1])))
a = {1: "a", 2: "b"}
b = {2: "b", 1: "a"}
print(a == b, list(a) == list(b), a != {1: "a"})
print({1: 1} == {1: 1.0}, {"a": [1]} == {"a": [1]})
try:
    {1: 1} < {2: 2}
except TypeError as e:
    print("TypeError:", e)
big = {i: i * i for i in range(20)}
for i in range(0, 20, 3):
    del big[i]
print(big)
print(list(big)[:3], list(big)[-3:], len(big))
