# recursive functions
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print([fact(i) for i in range(10)], fact(30))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
m = hanoi(4, "A", "C", "B", [])
print(len(m), m[:5])
def perms(xs):
    if len(xs) <= 1:
        return [xs]
    out = []
    for i in range(len(xs)):
        for p in perms(xs[:i] + xs[i + 1:]):
            out.append([xs[i]] + p)
    return out
print(perms([1, 2, 3]))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(1, 5))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set(["a", "b", "c"]))
def depth_sum(x, d=1):
    return sum(depth_sum(y, d + 1) if isinstance(y, list) else y * d for y in x)
print(depth_sum([1, [2, [3]], 4]))
def binsearch(xs, t, lo=0, hi=None):
    hi = len(xs) if hi is None else hi
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == t:
        return mid
    return binsearch(xs, t, mid + 1, hi) if xs[mid] < t else binsearch(xs, t, lo, mid)
print([binsearch(list(range(0, 40, 3)), t) for t in (0, 9, 39, 10, 36)])
