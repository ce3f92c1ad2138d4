# roman numeral conversion both ways with validation
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range")
    out = []
    for v, s in VALUES:
        q, n = divmod(n, v)
        out.append(s * q)
    return "".join(out)
def from_roman(s):
    single = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        if ch not in single:
            raise ValueError(f"bad numeral {ch!r}")
        v = single[ch]
        if i + 1 < len(s) and single.get(s[i + 1], 0) > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r}")
    return total
for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666):
    r = to_roman(n)
    print(f"{n:>5} {r:<12} {from_roman(r)}")
for bad in (0, 4000, "IIII", "IC", "ABC", "MMXXIV"):
    try:
        print(bad, "->", to_roman(bad) if isinstance(bad, int) else from_roman(bad))
    except ValueError as e:
        print(bad, "-> ValueError:", e)
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
print(max(range(1, 4000), key=lambda n: len(to_roman(n))), to_roman(3888))
