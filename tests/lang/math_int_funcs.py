# gcd, factorial, comb, perm, prod
import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 8), math.gcd(17, 5), math.gcd(), math.gcd(12, 18, 27))
print(math.gcd(2 ** 40, 6 ** 20), math.gcd(10 ** 20, 10 ** 15 * 7))
print([math.factorial(n) for n in range(11)])
print(math.factorial(30), len(str(math.factorial(200))))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(52, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(10, 3), math.perm(3, 5), math.perm(20, 20) == math.factorial(20))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 11)), math.prod([1.5, 2]), math.prod([2, 3], start=10))
print([math.comb(6, k) for k in range(7)])
for bad in (lambda: math.factorial(-1), lambda: math.comb(-1, 2), lambda: math.factorial(2.5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
def pascal(n):
    return [[math.comb(r, k) for k in range(r + 1)] for r in range(n)]
for row in pascal(6):
    print(" ".join(str(x) for x in row).center(20))
