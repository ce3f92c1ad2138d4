# bm_bigint: arbitrary-precision integers — factorials, powers, digit sums, str() of big numbers.
# Decimal strings stay under CPython's 4300-digit int/str conversion limit.


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def pi_digits(n):
    # Gibbons' unbounded spigot: all arithmetic is on growing big integers.
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = (q * k, (2 * q + r) * x, t * x, k + 1,
                                (q * (7 * k + 2) + r * x) // (t * x), x + 2)
    return "".join(str(d) for d in out)


def main():
    digit_sum = 0
    lengths = 0
    for n in range(1000, 1400, 2):
        fs = str(factorial(n))
        lengths += len(fs)
        digit_sum += sum(int(c) for c in fs)
    p = pow(3, 20000) - pow(2, 25000)
    m = p % 1000000007
    pw = 0
    for e in range(1, 3000):
        pw = (pw + pow(7, e, 10 ** 40 + 7) * (e | 1)) % (1 << 127)
    pd = pi_digits(4500)
    fib_a, fib_b = 0, 1
    for _ in range(20000):
        fib_a, fib_b = fib_b, fib_a + fib_b
    f = factorial(1400)
    g = (f // (f >> 2000)) ^ (fib_a & ((1 << 300) - 1))
    print("bigint checksum", lengths, digit_sum, m, pw % 1000003, pd[-10:], len(str(fib_a)),
          g % 999983, -p % 97, divmod(-f, 10 ** 30 + 7)[1] % 1000)


main()
