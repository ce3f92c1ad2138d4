# frozenset: hashable, usable as keys and set members
f = frozenset([3, 1, 2])
print(f, type(f).__name__, len(f), 2 in f, frozenset(), frozenset("") == set())
print(f | {4}, type(f | {4}).__name__, type({4} | f).__name__, f & {1, 9}, f - {1})
d = {frozenset({1, 2}): "pair", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()])
sets = {frozenset({1}), frozenset({1}), frozenset({2, 3})}
print(len(sets), frozenset({1}) in sets)
print(f == {1, 2, 3}, {1, 2, 3} == f, hash(f) == hash(frozenset([1, 2, 3])))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash({1})
except TypeError as e:
    print("TypeError:", e)
power = [frozenset()]
for x in [1, 2, 3]:
    power += [s | {x} for s in power]
print(sorted(sorted(s) for s in power))
print(sorted(map(sorted, {frozenset({1, 2}), frozenset({2, 3})})))
