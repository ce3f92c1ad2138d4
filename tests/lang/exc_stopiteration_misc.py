# StopIteration, exceptions as objects, exception args/str/repr
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value, e.args)
print(next(it, "default"))
s = StopIteration(5)
print(s.value, s.args, repr(s))
cases = [Exception(), Exception("one"), Exception("a", "b"), ValueError(3), KeyError("k"), KeyError("a", "b"),
         IndexError(), OSError("os"), TypeError(None), RuntimeError(""), ZeroDivisionError("custom msg")]
for e in cases:
    print(f"{type(e).__name__:<18} str={str(e)!r:<16} repr={e!r} args={e.args}")
e = ValueError("mutable")
e.args = ("changed", 2)
print(e, e.args)
e.extra = "attribute"
print(e.extra, isinstance(e, ValueError), isinstance(e, Exception), isinstance(e, BaseException))
def gen():
    yield 1
    return "ret"
g = gen()
next(g)
try:
    next(g)
except StopIteration as si:
    print("generator return value:", si.value)
