# bm_closure: closures, nonlocal, lambdas and higher-order functions (map/filter/sorted key).


def make_counter():
    count = 0

    def incr(step):
        nonlocal count
        count += step
        return count

    return incr


def make_adder(n):
    return lambda x: x + n


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


def main():
    c = make_counter()
    for i in range(3000000):
        c(i & 7)
    total = c(0)
    add3 = make_adder(3)
    mul2 = lambda x: x * 2 % 1000003
    f = compose(add3, mul2)
    r = apply_n(f, 3000000, 1)
    data = list(range(1000000))
    m = sum(map(lambda x: x * x % 7, data))
    fl = len(list(filter(lambda x: x % 3 == 0, data)))
    adders = [make_adder(i) for i in range(100)]
    s = 0
    for x in range(1000000):
        s += adders[x % 100](x)
    keyed = sorted(data[:500000], key=lambda x: (x * 7919) % 50021)
    mx = max(data, key=lambda x: (x * 31) % 1009)
    print("closure checksum", total, r, m, fl, s, keyed[:3], mx)


main()
