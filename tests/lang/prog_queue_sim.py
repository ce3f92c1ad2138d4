# bank-queue simulation with a deterministic pseudo-random generator
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (1103515245 * self.state + 12345) % 2 ** 31
        return self.state
    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)
class Queue:
    def __init__(self):
        self.items = []
        self.head = 0
    def push(self, x):
        self.items.append(x)
    def pop(self):
        x = self.items[self.head]
        self.head += 1
        return x
    def __len__(self):
        return len(self.items) - self.head
rng = LCG(42)
queue = Queue()
tellers = [None, None]
served = []
waits = []
max_len = 0
customer_id = 0
for minute in range(60):
    if rng.randint(1, 10) <= 4:
        customer_id += 1
        queue.push((customer_id, minute, rng.randint(2, 6)))
    for t in range(len(tellers)):
        if tellers[t] is not None:
            cid, done_at = tellers[t]
            if minute >= done_at:
                served.append(cid)
                tellers[t] = None
        if tellers[t] is None and len(queue):
            cid, arrived, duration = queue.pop()
            waits.append(minute - arrived)
            tellers[t] = (cid, minute + duration)
    max_len = max(max_len, len(queue))
    if minute % 10 == 9:
        print(f"t={minute + 1:2} queue={len(queue)} busy={sum(t is not None for t in tellers)} served={len(served)}")
print("customers:", customer_id, "served:", len(served), "still waiting:", len(queue))
print("average wait: %.2f" % (sum(waits) / len(waits)), "max wait:", max(waits), "max queue:", max_len)
print("first served:", served[:10])
hist = {}
for w in waits:
    hist[w] = hist.get(w, 0) + 1
for w in sorted(hist):
    print(f"wait {w:2}: {'*' * hist[w]}")
