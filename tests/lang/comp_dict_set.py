# dict and set comprehensions
print({x: x * x for x in range(6)})
print({k: v for k, v in zip("abc", [1, 2, 3])})
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
print({w: len(w) for w in "the quick brown fox".split() if len(w) > 3})
print({x % 5 for x in range(20)}, {c for c in "mississippi"} == set("misp"))
print(sorted({w.lower() for w in ["A", "a", "B", "b", "C"]}))
print({(x, y): x * y for x in range(3) for y in range(3) if x <= y})
grid = {(r, c): "#" if (r + c) % 2 else "." for r in range(3) for c in range(3)}
print("\n".join("".join(grid[r, c] for c in range(3)) for r in range(3)))
nested = {k: {j: j * k for j in range(k)} for k in range(4)}
print(nested)
print({i: chr(65 + i) for i in range(5)}.get(3), len({i // 3 for i in range(30)}))
