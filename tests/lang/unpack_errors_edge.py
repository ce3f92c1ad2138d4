# unpacking edge cases: strings, dicts, generators, star in for loops, swaps with subscripts
a, b, c = "xyz"
print(a, b, c)
(a, b), c = "pq", "r"
print(a, b, c)
first, *_ = range(100)
print(first, len(_))
*_, last = (x * x for x in range(5))
print(last)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
[x] = [42]
print(x)
(y,) = (7,)
print(y)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c, end=" ")
print()
for first, *others in ["abc", "de", "f"]:
    print(first, others)
nums = [5, 3]
nums[0], nums[1] = nums[1], nums[0]
print(nums)
d = {}
d["a"], d["b"] = 1, 2
print(d)
class P:
    pass
p = P()
p.x, p.y = 3, 4
print(p.x, p.y)
cases = [("a, b = [1, 2, 3]", lambda: exec("a, b = [1, 2, 3]")),
         ("a, b, c = 'ab'", lambda: exec("a, b, c = 'ab'")),
         ("a, *b, c = [1]", lambda: exec("a, *b, c = [1]")),
         ("a, b = None", lambda: exec("a, b = None")),
         ("a, b = 3.5", lambda: exec("a, b = 3.5"))]
for text, fn in cases:
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(f"{text:<20} {type(e).__name__}: {e}")
def gen():
    yield 1
    yield 2
    yield 3
a, b, c = gen()
print(a, b, c)
head, *tail = gen()
print(head, tail)
