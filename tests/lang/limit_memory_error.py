# allocations far beyond any machine's memory raise MemoryError (caught)
attempts = [
    ("[0] * 10**18", lambda: [0] * 10 ** 18),
    ("[0] * 2**62", lambda: [0] * 2 ** 62),
    ("[1, 2] * 2**61", lambda: [1, 2] * 2 ** 61),
    ("(0,) * 10**18", lambda: (0,) * 10 ** 18),
    ("'x' * 2**62", lambda: "x" * 2 ** 62),
    ("'ab' * 10**15", lambda: "ab" * 10 ** 15),
    ("b'x' * 2**62", lambda: b"x" * 2 ** 62),
    ("[0] * 10**13", lambda: [0] * 10 ** 13),
]
for text, fn in attempts:
    try:
        r = fn()
        print(text, "unexpectedly succeeded", len(r))
    except MemoryError as e:
        print(text, "->", type(e).__name__, repr(e))
print(issubclass(MemoryError, Exception))
small = [0] * 10 ** 6
print("a million elements is fine:", len(small), sum(small))
s = "ab" * 100000
print(len(s), s[:6], s.count("ab"))
