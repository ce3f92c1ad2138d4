# Stability of sort across many equal keys
records = [(i % 4, "r%02d" % i) for i in range(20)]
s = sorted(records, key=lambda r: r[0])
print(s)
print([r[1] for r in sorted(records, key=lambda r: r[0], reverse=True)])
cards = ["7h", "3s", "7s", "3h", "Ah", "7d", "3c", "Kd"]
order = "23456789TJQKA"
print(sorted(cards, key=lambda c: order.index(c[0])))
print(sorted(cards, key=lambda c: c[1]))
big = [(x * 7919) % 101 for x in range(60)]
big.sort()
print(big[:15], big[-5:], all(big[i] <= big[i + 1] for i in range(len(big) - 1)))
