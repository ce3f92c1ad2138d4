# keys/values/items views
d = {"one": 1, "two": 2, "three": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(list(k), list(v), list(it), len(k), "two" in k, 2 in v, ("one", 1) in it)
d["four"] = 4
print(list(k), list(v), len(it))
print(sorted(k), sorted(v, reverse=True), sorted(it, key=lambda p: p[1]))
for key, val in d.items():
    print(key, "->", val)
print(k & {"one", "five"} == {"one"}, sorted(k - {"one"}), sorted(k | {"zero"}))
print([x for x in d], list(reversed(d)), list(reversed(d.values())))
total = 0
for val in d.values():
    total += val
print(total, sum(d.values()), max(d.values()), min(d, key=len))
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(d.keys() == {"one", "two", "three", "four", "newone"}, list(d.values()) == list(d.values()))
