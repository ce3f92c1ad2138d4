# nested and complex comprehensions
matrix = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print([[row[i] for row in matrix] for i in range(4)])
print([x for row in matrix for x in row if x % 2 == 0])
print([sum(row) for row in matrix], [max(col) for col in zip(*matrix)])
print({i: [w for w in ["a", "bb", "cc", "ddd"] if len(w) == i] for i in range(1, 4)})
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
words = "one two three four five six".split()
print({w[0]: [x for x in words if x[0] == w[0]] for w in words})
flat = [c for w in words for c in w if c in "aeiou"]
print("".join(flat), len(flat))
print([(i, j) for i in range(4) for j in range(i)])
chess = [f"{f}{r}" for r in range(1, 3) for f in "abcd"]
print(chess)
print([[1 if i == j else 0 for j in range(4)] for i in range(4)])
