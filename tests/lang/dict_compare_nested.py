# dict equality, nested dicts/lists, keys of mixed types, get with computed defaults
a = {"x": [1, 2], "y": {"z": (3, 4)}}
b = {"y": {"z": (3, 4)}, "x": [1, 2]}
print(a == b, a != b, a["y"] == b["y"], a.items() == b.items(), list(a) == list(b))
b["x"].append(3)
print(a == b, a["x"], b["x"])
import_like = {}
import_like.update(a)
import_like["y"]["new"] = True
print(a["y"], import_like is not a)
mixed = {1: "int", "1": "str", (1,): "tuple", 1.5: "float", None: "none", False: "false", frozenset({1}): "fs"}
print(mixed)
print(mixed[0], mixed[True], mixed[(1,)], len(mixed))
keys = list(mixed)
print([type(k).__name__ for k in keys])
d = {}
for w in ["x", "y", "x", "z", "x"]:
    d[w] = d.get(w, []) + [len(d.get(w, []))]
print(d)
print({} == {}, {1: 2} == {1: 2.0}, {"a": 1} == dict(a=1), {1: [1]} == {1: (1,)})
m = {i: {j: i * j for j in range(3)} for i in range(3)}
print(m[2][2], [row[1] for row in m.values()], sum(v for row in m.values() for v in row.values()))
