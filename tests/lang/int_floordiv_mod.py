# Floor division and modulo semantics for all sign combinations
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3),
         (1, 10), (-1, 10), (1, -10), (-1, -10), (123456789, 1000), (-123456789, 1000)]
for a, b in pairs:
    q, r = a // b, a % b
    print(f"{a:>10} {b:>5} -> q={q:>7} r={r:>4} check={q * b + r == a} divmod={divmod(a, b)}")
print(-1 // 3, -1 % 3)
print(5.5 // 2, 5.5 % 2, -5.5 // 2, -5.5 % 2, 5.5 % -2)
print(7 // 2.0, -7 // 2.0, 7.0 % 2.5)
print(divmod(7.5, 2), divmod(-7.5, 2))
for e in (lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 1.0 // 0, lambda: 5 % 0.0):
    try:
        e()
    except ZeroDivisionError as exc:
        print("ZeroDivisionError:", exc)
