# send() into generators
def running_avg():
    total = 0.0
    n = 0
    avg = None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n
g = running_avg()
print(next(g))
for v in (10, 20, 30, 5):
    print(g.send(v))
def echo():
    received = []
    while True:
        val = yield len(received)
        if val is None:
            break
        received.append(val)
    return received
e = echo()
print(e.send(None))
print(e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as si:
    print("returned", si.value)
def g2():
    yield 1
try:
    g2().send(5)
except TypeError as ex:
    print("TypeError:", ex)
def acc():
    total = 0
    while True:
        cmd = yield total
        if cmd == "reset":
            total = 0
        elif isinstance(cmd, int):
            total += cmd
a = acc()
next(a)
print([a.send(x) for x in [1, 2, "reset", 5, None, 10]])
