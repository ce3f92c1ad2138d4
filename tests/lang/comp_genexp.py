# generator expressions are lazy and single-use
log = []
def noisy(x):
    log.append(x)
    return x * 10
g = (noisy(i) for i in range(5))
print(type(g).__name__, log)
print(next(g), log)
print(list(g), log)
print(list(g), next(g, "exhausted"))
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]), any(x > 3 for x in [1, 5]))
print(sorted((x % 4, x) for x in range(8)), tuple(c for c in "hey"), set(n % 2 for n in range(9)))
print(", ".join(str(i) for i in range(4)), dict((i, i * i) for i in range(3)))
def first(it, pred):
    return next((x for x in it if pred(x)), None)
print(first(range(100), lambda v: v * v > 50), first([], bool))
nums = [3, 8, 1]
gen = (n * 2 for n in nums)
nums.append(100)
print(list(gen))
g2 = (x for x in range(3))
print(iter(g2) is g2, list(zip(g2, "abc")))
print(sum(1 for _ in "count me"), list(x for x in range(10) if x % 3 == 0))
