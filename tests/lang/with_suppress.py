# __exit__ receiving exception info and suppressing exceptions
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("  exit:", exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught = exc
            return True
        return False
with Suppress(ZeroDivisionError) as s:
    print("before")
    1 / 0
    print("not printed")
print("after, caught:", repr(s.caught))
with Suppress(KeyError):
    print("no exception")
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped:", e)
with Suppress(LookupError):
    [][0]
print("IndexError suppressed via base class")
class Transaction:
    def __init__(self, data):
        self.data = data
    def __enter__(self):
        self.snapshot = dict(self.data)
        return self.data
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.data.clear()
            self.data.update(self.snapshot)
            print("  rolled back because", repr(ev))
            return True
        print("  committed")
account = {"balance": 100}
with Transaction(account) as acc:
    acc["balance"] -= 30
print(account)
with Transaction(account) as acc:
    acc["balance"] -= 500
    if acc["balance"] < 0:
        raise ValueError("overdraft")
print(account)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from __exit__")
try:
    with ExitRaises():
        raise KeyError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
def gen_in_with():
    with Suppress(StopIteration):
        yield 1
        raise StopIteration
    yield 2
print(list(gen_in_with()))
