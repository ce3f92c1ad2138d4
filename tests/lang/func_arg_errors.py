# TypeError messages for bad calls
def two(a, b):
    return a + b
def one_default(a, b=1):
    return a
def kw(*, x):
    return x
class K:
    def m(self, a):
        return a
num = 5
text = "abc"
calls = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: two(1, b=2, c=3),
    lambda: two(1, a=2),
    lambda: one_default(1, 2, 3),
    lambda: one_default(),
    lambda: kw(1),
    lambda: kw(),
    lambda: kw(y=1),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: (lambda: 0)(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: abs("x"),
    lambda: num(),
    lambda: text(),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
