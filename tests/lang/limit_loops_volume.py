# moderate volume: many iterations, large containers
total = 0
for i in range(100000):
    total += i * i % 7
print(total)
squares = [i * i for i in range(100000)]
print(len(squares), squares[-1], sum(squares) % 1000003)
d = {i: str(i) for i in range(50000)}
print(len(d), d[49999], sum(len(v) for v in d.values()))
s = set(range(0, 100000, 3))
print(len(s), 99999 in s, 99998 in s)
parts = []
for i in range(20000):
    parts.append(str(i % 10))
joined = "".join(parts)
print(len(joined), joined[:12], joined.count("7"))
acc = ""
for i in range(5000):
    acc += "x"
print(len(acc))
words = ("lorem ipsum dolor sit amet " * 2000).split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(len(words), sorted(freq.items()))
lst = list(range(100000))
lst.sort(key=lambda v: -v)
print(lst[:3], lst[-3:])
