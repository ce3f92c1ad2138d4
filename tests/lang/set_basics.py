# set operations (small non-negative int sets print deterministically)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7], (8,)), a.intersection(range(3)), a.isdisjoint({9}), a.isdisjoint(b))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > {1, 2, 3, 4}, {1, 2}.issubset(a), a.issuperset({4}))
s = set()
print(s, len(s), set([3, 1, 2, 1]), set(range(5)), set("aaa"))
s.add(3); s.add(1); s.add(3)
print(s)
s.discard(1); s.discard(100)
print(s)
s.remove(3)
try:
    s.remove(3)
except KeyError as e:
    print("KeyError:", e)
s.update([5, 6], {7})
print(s, 6 in s, 8 not in s)
print(s.pop() in {5, 6, 7}, len(s))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
c = a.copy()
c |= {10}; c &= {1, 2, 10}; c -= {2}; c ^= {3}
print(sorted(c), a)
c.clear()
print(c, {1, 2} == {2, 1}, {1} == [1], {0, False}, {1, 1.0, True})
print(sorted({"pear", "apple", "fig"}), sorted({"b", "a"} | {"c"}))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print(set((1, 2)) == {1, 2}, len({(1, 2), (1, 2)}), {x % 3 for x in range(10)})
