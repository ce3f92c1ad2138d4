# bm_loop: tight integer loops with arithmetic, comparisons and local variables.


def collatz_steps(limit):
    longest = 0
    best = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n % 2 == 0:
                n = n // 2
            else:
                n = 3 * n + 1
            steps += 1
        if steps > longest:
            longest = steps
            best = start
    return best, longest


def mix(rounds):
    acc = 0
    x = 12345
    for i in range(rounds):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        acc ^= x >> 3
        acc = (acc + (i << 1) - (x % 97)) & 0xFFFFFFFF
    return acc


def main():
    best, longest = collatz_steps(150000)
    acc = mix(1500000)
    print("loop checksum", best, longest, acc)


main()
