# nesting and ordering of enter/exit calls
log = []
class CM:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        log.append(f"enter {self.name}")
        if self.fail_enter:
            raise RuntimeError(f"enter failed {self.name}")
        return self.name
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} ({et.__name__ if et else 'ok'})")
        return False
with CM("a") as a, CM("b") as b, CM("c") as c:
    log.append(f"body {a}{b}{c}")
print(log); log.clear()
try:
    with CM("x"), CM("y", fail_enter=True), CM("z"):
        log.append("body")
except RuntimeError as e:
    log.append(f"caught {e}")
print(log); log.clear()
try:
    with CM("outer"):
        with CM("inner"):
            raise KeyError("k")
except KeyError:
    log.append("handled")
print(log); log.clear()
with (CM("p1") as p, CM("p2") as q):
    log.append(p + q)
print(log)
