# f-string width, fill and alignment
s, n = "ab", 42
print(f"[{s:5}] [{s:<5}] [{s:>5}] [{s:^5}] [{s:^6}]")
print(f"[{n:5}] [{n:<5}] [{n:>5}] [{n:^5}] [{n:=5}]")
print(f"[{s:*<6}] [{s:->6}] [{s:.^7}] [{n:0>6}] [{n:x<4}]")
print(f"[{-n:=8}] [{-n:08}] [{-n:+^9}] [{n:08}] [{3.5:08.2f}] [{-3.5:08.2f}]")
print(f"[{'':5}] [{'toolong':3}] [{'trunc':.3}] [{'trunc':>6.2}]")
for w in range(1, 6):
    print(f"{'x' * w:>{w + 2}}|{w:<{w}}|")
rows = [("Item", "Qty", "Price"), ("apple", 3, 1.5), ("watermelon", 1, 4.25)]
for a, b, c in rows:
    if isinstance(b, int):
        print(f"{a:<12}{b:>5}{c:>9.2f}")
    else:
        print(f"{a:<12}{b:>5}{c:>9}")
print(f"[{True:>6}] [{None!s:>6}] [{[1, 2]!s:>8}]")
