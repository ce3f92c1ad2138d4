# bm_gen: generator functions, generator expressions, yield from, and consuming iterators.


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v


def squares(it):
    for v in it:
        yield v * v


def chain(*iters):
    for it in iters:
        yield from it


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    for _ in range(n):
        yield next(it)


def main():
    s1 = sum(squares(evens(count_up(7000000)))) % 10000000007
    s2 = sum(x * 3 for x in range(5000000) if x % 5 != 0)
    s3 = max(len(str(v)) for v in take(1000, fib_gen()))
    s4 = 0
    for v in chain(range(500000), count_up(500000), (i for i in range(500000))):
        s4 += v & 15
    s5 = sum(1 for _ in zip(count_up(1000000), count_up(1000000)))
    s6 = list(enumerate(take(5, iter("abcdefg"))))
    print("gen checksum", s1, s2, s3, s4, s5, s6)


main()
