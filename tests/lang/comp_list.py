# list comprehensions
print([x for x in range(10)])
print([x * x for x in range(10) if x % 2])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([c.upper() for c in "hello" if c not in "l"])
print([x if x > 0 else -x for x in [-2, -1, 0, 1, 2]])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
words = ["apple", "Banana", "cherry", "date"]
print([w[0] for w in words], [len(w) for w in words if len(w) > 4])
print([(i, w) for i, w in enumerate(words, 1) if i % 2 == 0])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([x for row in [[1, 2], [3], [], [4, 5, 6]] for x in row])
print([y for x in range(5) if x % 2 == 0 for y in range(x)])
print([n for n in range(2, 40) if all(n % d for d in range(2, int(n ** 0.5) + 1))])
print([str(x) for x in (1.5, None, True, [1])], [k for k in {"b": 1, "a": 2}])
x = "outer"
result = [x for x in "abc"]
print(result, x)
print([f"{k}={v}" for k, v in sorted({"z": 1, "y": 2}.items())])
print([[c for c in w] for w in ("ab", "cd")], [i for i in range(20)][::5])
