# primes.py: the sieve of Eratosthenes, with slice assignment and a few facts about the result.


def sieve(limit):
    """Return the list of primes below limit."""
    is_prime = [True] * limit
    is_prime[0] = is_prime[1] = False
    for n in range(2, int(limit ** 0.5) + 1):
        if is_prime[n]:
            # Every multiple of n from n*n upwards is composite.
            is_prime[n * n::n] = [False] * len(range(n * n, limit, n))
    return [n for n, flag in enumerate(is_prime) if flag]


primes = sieve(100_000)
print("primes below 100:", [p for p in primes if p < 100])
print("how many below 100000:", len(primes))
print("largest:", primes[-1])
twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print("twin prime pairs:", len(twins), "- the last:", twins[-1])
gaps = [q - p for p, q in zip(primes, primes[1:])]
widest = max(range(len(gaps)), key=lambda i: gaps[i])
print(f"widest gap: {gaps[widest]} (after {primes[widest]})")
print("sum of the first 1000 primes:", sum(primes[:1000]))
