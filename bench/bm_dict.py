# bm_dict: dict insert, lookup, update, delete and iteration with int and str keys.


def int_keys(n):
    d = {}
    for i in range(n):
        d[i * 7919 % 1000003] = i
    hits = 0
    for i in range(0, 2 * n, 3):
        if i in d:
            hits += d[i]
    for i in range(0, n, 2):
        k = i * 7919 % 1000003
        d[k] = d[k] + 1
    for i in range(0, n, 5):
        del d[i * 7919 % 1000003]
    total = 0
    for k, v in d.items():
        total += k ^ v
    return len(d), hits, total


def str_keys(n):
    words = ["k" + str(i) for i in range(n // 10)]
    counts = {}
    for i in range(n):
        w = words[(i * 31) % len(words)]
        counts[w] = counts.get(w, 0) + 1
    merged = dict(counts)
    merged.update({w: 0 for w in words[::7]})
    s = 0
    for w in words:
        s += merged[w]
        if w in counts:
            s += 1
    keys = sorted(counts)[:3]
    return len(merged), s, keys


def main():
    a = int_keys(800000)
    b = str_keys(2000000)
    c = None
    for _ in range(40):
        c = str_keys(20000)
    print("dict checksum", a, b, c)


main()
