# cooperative task scheduler built on generators
class Scheduler:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.time = 0
        self.log = []
    def spawn(self, name, gen):
        self.ready.append((name, gen))
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort()
                wake, name, gen = self.sleeping.pop(0)
                self.time = wake
                self.ready.append((name, gen))
            name, gen = self.ready.pop(0)
            try:
                cmd = next(gen)
            except StopIteration as stop:
                self.log.append(f"t={self.time} {name} finished -> {stop.value!r}")
                continue
            if cmd is None:
                self.ready.append((name, gen))
            elif cmd[0] == "sleep":
                self.sleeping.append((self.time + cmd[1], name, gen))
            elif cmd[0] == "spawn":
                self.spawn(*cmd[1:])
                self.ready.append((name, gen))
def worker(label, n):
    total = 0
    for i in range(n):
        total += i
        print(f"{label} step {i}")
        yield
    return total
def sleeper(label, delays):
    for d in delays:
        print(f"{label} sleeping {d}")
        yield ("sleep", d)
    return "rested"
def parent():
    print("parent spawning child")
    yield ("spawn", "child", worker("child", 2))
    yield ("sleep", 5)
    print("parent done")
    return "ok"
s = Scheduler()
s.spawn("w1", worker("w1", 3))
s.spawn("w2", worker("w2", 2))
s.spawn("zz", sleeper("zz", [3, 1]))
s.spawn("p", parent())
s.run()
print("\n".join(s.log))
print("final time:", s.time)
