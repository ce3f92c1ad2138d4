# annotations are accepted (and evaluated) but not enforced
def add(a: int, b: int = 0) -> int:
    return a + b
print(add(1, 2), add("x", "y"), add([1], [2]))
print(add(b=1, a=2), add.__name__)
x: int = 5
y: list = []
z: "forward ref"
print(x, y)
def g(*args: str, key: float = 1.0, **kw: dict) -> None:
    return None
print(g(), g("a", key=2.0, extra={}))
class Point:
    x: int
    y: int = 0
    def __init__(self, x: int, y: int = 0) -> None:
        self.x = x
        self.y = y
p = Point(3)
print(p.x, p.y, Point.y, Point(1, 2).y)
try:
    print(z)
except NameError as e:
    print("NameError:", e)
