# dict methods
d = {"x": 1, "y": 2, "z": 3}
print(d.get("x"), d.get("q"), d.get("q", 0), d.get("y", 99))
print(d.setdefault("x", 100), d.setdefault("w", 4), d)
print(d.pop("w"), d.pop("nope", "dflt"), d)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d)
d.update({"a": 5}, b=6)
d.update([("c", 7)])
print(d)
c = d.copy()
c["x"] = -1
print(d["x"], c["x"], c == d, c is d)
print(dict.fromkeys("abc"), dict.fromkeys(["p", "q"], 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
c.clear()
print(c, len(c), bool(c), bool(d))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
print({"a": 1} | {"b": 2}, {"a": 1, "b": 2} | {"a": 3})
m = {"k": 1}
m |= {"k": 2, "j": 3}
print(m)
