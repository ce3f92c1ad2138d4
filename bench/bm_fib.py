# bm_fib: recursive Python-to-Python calls (call/return overhead, small-int arithmetic).


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for n in range(25, 34):
        total += fib(n)
    print("fib checksum", total, fib(25))


main()
