# format(), repr(), str(), ascii()
print(format(3.14159, ".2f"), format(42, "05d"), format("x", ">3"), format(1234567, ","), format(0.5, "%"), format(255, "#x"))
print(format(42), format("s"), format(None), format([1, 2]), format(True), format(True, "d"), format(3.0, ""))
print(repr(1), repr(1.0), repr("s"), repr([1, "s"]), repr(None), repr((1,)), repr({1: "a"}), repr(set()), repr(b"x"))
print(str("s"), str(1.25), str(()), repr(repr("q")), repr(str), repr(len))
print(ascii("plain"), ascii("ünï"), ascii(["é", 1]), ascii("\n"))
class F:
    def __format__(self, spec):
        return f"F<{spec}>"
print(format(F(), "abc"), f"{F():xyz}", "{:q}".format(F()), format(F()))
try:
    format(1, "zz")
except ValueError as e:
    print("ValueError:", e)
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError:", e)
print(repr(float("inf")), repr(-0.0), repr(1e100), repr(2 ** 100), repr(1 / 7))
print(repr(range(3)), repr(slice(1, 2)), repr(Ellipsis), repr(NotImplemented), repr(type(None)))
print(repr(int), repr(object), repr(ValueError), repr(ValueError("m")), repr(KeyError(1, 2)))
