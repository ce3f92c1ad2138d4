# custom objects as dictionary keys in realistic use
class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __eq__(self, other):
        return isinstance(other, Card) and (self.rank, self.suit) == (other.rank, other.suit)
    def __hash__(self):
        return hash((self.rank, self.suit))
    def __lt__(self, other):
        return (Card.RANKS.index(self.rank), self.suit) < (Card.RANKS.index(other.rank), other.suit)
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(r, s) for r, s in ["Ah", "Kd", "Ah", "2c", "Kd", "Ts"]]
counts = {}
for c in hand:
    counts[c] = counts.get(c, 0) + 1
print(counts)
print(sorted(set(hand)), len(set(hand)), Card("A", "h") in counts, sorted(hand)[-1])
seen = {}
for c in sorted(hand):
    seen.setdefault(c.rank, []).append(c)
print(seen)
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        print(f"  hash({self.k})")
        return hash(self.k)
    def __eq__(self, other):
        print(f"  eq({self.k}, {other.k})")
        return self.k == other.k
d = {}
d[Key(1)] = "a"
d[Key(2)] = "b"
print(d[Key(1)])
print(Key(3) in d)
