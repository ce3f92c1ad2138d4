# set comprehensions and chained set algebra (sorted printing for strings)
words = "apple banana cherry date elderberry fig grape".split()
initials = {w[0] for w in words}
print(sorted(initials), len(initials))
lengths = {len(w) for w in words}
print(sorted(lengths))
vowels = set("aeiou")
print({w: sorted(set(w) & vowels) for w in words[:3]})
print(sorted({c for w in words for c in w} - vowels))
a = {n for n in range(20) if n % 2 == 0}
b = {n for n in range(20) if n % 3 == 0}
c = {n for n in range(20) if n % 5 == 0}
print(sorted(a & b), sorted(a & b & c), sorted((a | b) - c), sorted(a ^ b ^ c))
print(sorted(a.intersection(b, c)), sorted(a.union(b, c)), sorted(a.difference(b, c)))
print(len(a), len(b), len(c), (a & b) <= a, a.isdisjoint({1, 3}), {0} < c)
s = set()
for w in words:
    s |= {len(w)}
print(sorted(s), s == lengths)
squares = {x * x for x in range(-5, 6)}
print(sorted(squares), len(squares))
