# lambda expressions
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
print(sq.__name__, (lambda: 0).__name__)
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: len(p[1])))
print(list(map(lambda x: x ** 2, range(6))), list(filter(lambda x: x % 3 == 0, range(15))))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
print([ops[o](12, 4) for o in "+-*/"])
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(12))
print((lambda x, y: x if x > y else y)(3, 9), (lambda s: s[::-1])("lambda"))
nested = lambda x: (lambda y: (lambda z: x + y + z))
print(nested(1)(2)(3))
kw = lambda *, k: k * 2
print(kw(k=21))
