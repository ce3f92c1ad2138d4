# laziness: generators run only as far as consumed
events = []
def producer():
    for i in range(5):
        events.append(f"produce {i}")
        yield i
def consumer(src):
    for x in src:
        events.append(f"consume {x}")
        if x == 2:
            break
consumer(producer())
print(events)
def infinite():
    n = 0
    while True:
        yield n
        n += 1
for x in infinite():
    if x * x > 50:
        print("first square over 50:", x)
        break
evens = (x for x in infinite() if x % 2 == 0)
print([next(evens) for _ in range(5)])
def with_return_in_middle(limit):
    for i in range(100):
        if i >= limit:
            return
        yield i
print(list(with_return_in_middle(4)), list(with_return_in_middle(0)))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
mapped = map(lambda x: x * 2, infinite())
print([next(mapped) for _ in range(4)])
z = zip(infinite(), "abc")
print(list(z))
