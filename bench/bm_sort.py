# bm_sort: list.sort / sorted with and without key, reverse, list comprehensions and slicing.


def lcg_list(n, seed):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        out.append(x >> 40)
    return out


def main():
    data = lcg_list(240000, 42)
    a = sorted(data)
    b = sorted(data, reverse=True)
    pairs = [(v % 1000, v) for v in data]
    pairs.sort()
    by_key = sorted(data, key=lambda v: (v % 977, -v))
    words = [str(v) for v in data[:50000]]
    words.sort(key=len)
    words2 = sorted(words)
    evens = [v for v in a if v % 2 == 0]
    squares = [v * v % 1000003 for v in evens[::3]]
    squares.sort()
    nested = [[v % 10, v % 7, v] for v in data[:50000]]
    nested.sort()
    print("sort checksum", a[0], a[-1], b[0], pairs[100][1], by_key[1000], words[0], words2[-1],
          len(evens), squares[len(squares) // 2], nested[12345][2])


main()
