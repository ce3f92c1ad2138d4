# Sets in algorithms: dedupe preserving order, primes, graph reachability
def dedupe(seq):
    seen = set()
    out = []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
print(dedupe([3, 1, 3, 2, 1, 4, 2]), dedupe("mississippi"))
composites = {i * j for i in range(2, 10) for j in range(2, 50) if i * j < 50}
print(sorted(set(range(2, 50)) - composites))
graph = {0: [1, 2], 1: [3], 2: [3, 4], 3: [5], 4: [], 5: [1], 6: [0]}
def reach(start):
    seen = {start}
    todo = [start]
    while todo:
        n = todo.pop()
        for m in graph[n]:
            if m not in seen:
                seen.add(m)
                todo.append(m)
    return seen
for s in (0, 4, 6):
    print(s, sorted(reach(s)))
words = ["listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault(frozenset(w) if False else "".join(sorted(w)), []).append(w)
print(sorted(groups.values()))
a = set("hello world")
b = set("lowered")
print(sorted(a & b), sorted(a - b), sorted(a ^ b))
