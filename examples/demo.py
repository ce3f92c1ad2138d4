# demo.py: a one-screen tour of what minipy runs — classes, generators, closures, f-strings,
# big integers, comprehensions and exceptions. Output matches CPython 3.11 except one line.
import math
import sys

print(f"Hello from {sys.implementation.name}!")  # the only line that differs from CPython


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    @property
    def diameter(self):
        return 2 * self.r


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side * self.side


shapes = [Circle(1.5), Square(2), Circle(0.5)]
print("shapes:", shapes)
print("largest:", max(shapes, key=lambda s: s.area()).name, "| diameter:", shapes[0].diameter)


def naturals():
    n = 1
    while True:
        yield n
        n += 1


def take(n, it):
    for _ in range(n):
        yield next(it)


odd_squares = (n * n for n in naturals() if n % 2)
print("odd squares:", list(take(6, odd_squares)))


def make_multiplier(k):
    def multiply(x):
        return x * k
    return multiply


triple = make_multiplier(3)
print("closures:", [triple(i) for i in range(5)], list(map(make_multiplier(10), [1, 2])))

print(f"format specs: |{math.pi:10.4f}|{42:<6}|{255:#x}|{1234567:,}|{0.125:.1%}|{'mid':^9}|")

fact = 1
for i in range(2, 51):
    fact *= i
print("2**200 =", 2 ** 200)
print("50! =", fact)
print("digits of 50!:", len(str(fact)), "| digit sum:", sum(int(d) for d in str(fact)))

words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {w: words.count(w) for w in sorted(set(words))}
print("dict comp:", {w: c for w, c in counts.items() if c > 1})
print("set comp:", sorted({len(w) for w in words}))
print("list comp:", [w.upper() for w in words if len(w) > 4])


class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f"need {needed} more")
        self.needed = needed


def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(amount - balance)
    return balance - amount


for amount in (30, 120):
    try:
        print("withdraw", amount, "->", withdraw(100, amount))
    except InsufficientFunds as e:
        print("withdraw", amount, "-> error:", e, f"(needed={e.needed})")
    finally:
        print("  checked", amount)
