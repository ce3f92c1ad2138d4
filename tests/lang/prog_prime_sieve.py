# sieve of Eratosthenes and number theory helpers
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_prime) if p]
primes = sieve(10000)
print(len(primes), primes[:15], primes[-5:])
def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors
for n in (360, 97, 1001, 2 ** 16, 600851475143, 123456789):
    f = factorize(n)
    print(n, "=", " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items()))
twins = [(p, p + 2) for p, q in zip(primes, primes[1:]) if q == p + 2]
print("twin primes:", len(twins), twins[:6])
gaps = {}
for p, q in zip(primes, primes[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
print(sorted(gaps.items())[:8], max(gaps))
def goldbach(n, pset=set(primes)):
    for p in primes:
        if n - p in pset:
            return p, n - p
print([goldbach(n) for n in range(4, 40, 2)])
def totient(n):
    result = n
    for p in factorize(n):
        result -= result // p
    return result
print([totient(n) for n in range(1, 21)])
print(sum(primes[:100]), len([p for p in primes if str(p) == str(p)[::-1]]))
