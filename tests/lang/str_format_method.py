# str.format
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=7))
print("{0[0]} {0[1]} {1[k]}".format([10, 20], {"k": "v"}))
class P:
    def __init__(self):
        self.x = 3
        self.y = 4
print("x={0.x} y={0.y}".format(P()))
print("{:5}|{:<5}|{:>5}|{:^5}|".format(1, 2, 3, 4))
print("{:*^11}|{:08.3f}|{:+d}|{: d}".format("mid", 3.14159, 5, 7))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{{literal}} {}".format("x"))
print("{:,} {:_} {:x} {:#o} {:b}".format(1234567, 1234567, 255, 8, 5))
print("{:.3} {:.2%} {:e} {:g}".format(3.14159, 0.25, 12345.678, 0.00001234))
print("{:{w}.{p}f}".format(2.71828, w=10, p=2))
print("{0:>{1}}".format("r", 4))
print(format(3.5, "06.2f"), format("s", "^5"), format(42), format(1e6, ",.1f"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
