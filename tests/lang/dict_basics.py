# dict creation, access, mutation
d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], "a" in d, "z" in d, "z" not in d)
print(dict(), dict(x=1, y=2), dict([("k", "v"), (1, 2)]), dict({"a": 1}, b=2), dict(zip("abc", range(3))))
print({}, {1: "one", 2.5: "float", (1, 2): "tuple", None: "none", True: "bool?"})
e = {1: "int", 1.0: "float", True: "bool"}
print(e, len(e))
del d["b"]
print(d)
try:
    d["missing"]
except KeyError as ex:
    print("KeyError:", ex, repr(ex))
try:
    del d["missing"]
except KeyError as ex:
    print("KeyError:", ex)
try:
    {[1]: 2}
except TypeError as ex:
    print("TypeError:", ex)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inv = {v: k for k, v in {"x": 1, "y": 2}.items()}
print(inv, {k: v for k, v in sorted(counts.items()) if v > 1})
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested["outer"]["inner"][2]["deep"], nested)
d2 = {}
d2[(0, 1)] = "a"; d2[-5] = "b"; d2[""] = "c"
print(d2, d2[(0, 1)], d2[-5], d2[""])
