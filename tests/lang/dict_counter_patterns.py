# Common dict idioms: counting, grouping, inverting, merging, nesting
text = "it was the best of times it was the worst of times"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print(top[:4])
letters = {}
for ch in text.replace(" ", ""):
    letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items())[:6])
by_len = {}
for w in sorted(set(text.split())):
    by_len.setdefault(len(w), []).append(w)
print(by_len)
defaults = {"color": "red", "size": 10, "debug": False}
user = {"size": 12, "debug": True}
merged = {**defaults, **user, "extra": None}
print(merged)
print({**{"a": 1}, "a": 2}, dict(defaults, size=0))
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
def count_leaves(t):
    return sum(count_leaves(v) if v else 1 for v in t.values())
print(count_leaves(tree))
matrix = {(r, c): r * c for r in range(3) for c in range(3) if r != c}
print(matrix, matrix.get((1, 1), "diag"))
