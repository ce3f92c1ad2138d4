# truth value testing of many object kinds
class Empty:
    pass
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class WithBool:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b
values = [0, 1, -1, 0.0, 0.1, "", "0", " ", [], [0], (), ((),), {}, {0: 0}, set(), {0},
          None, True, False, range(0), range(1), b"", b"\x00", frozenset(), Empty(),
          WithLen(0), WithLen(3), WithBool(False), WithBool(True)]
for val in values:
    label = type(val).__name__
    print(f"{label:>10} {bool(val)!s:>5} {'T' if val else 'F'} {not val}")
