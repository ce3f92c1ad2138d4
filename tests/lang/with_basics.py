# with statement and custom context managers
class Tag:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"<{self.name}>")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"</{self.name}>")
        return False
with Tag("html") as t:
    print("  inside", t.name)
    with Tag("body"):
        print("    content")
with Tag("a"), Tag("b") as b:
    print("  two managers, b =", b.name)
class Resource:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("open")
        return "handle"
    def __exit__(self, *args):
        self.log.append("close")
r = Resource()
with r as h:
    r.log.append(f"use {h}")
print(r.log)
def use_in_function():
    with Tag("func"):
        return "returned from inside with"
print(use_in_function())
for i in range(3):
    with Tag(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("  body", i)
try:
    with Tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
