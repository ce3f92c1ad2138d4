# bm_str: string building, split/join/replace, slicing, methods and f-strings.


def build_lines(n):
    parts = []
    for i in range(n):
        parts.append(f"row {i:05d}: value={i * 3 % 101:04} ratio={i / 7:.3f} tag={'x' * (i % 4)}")
    return "\n".join(parts)


def process(text):
    total = 0
    longest = ""
    for line in text.split("\n"):
        fields = line.split(" ")
        key = fields[1].rstrip(":")
        value = int(fields[2].split("=")[1])
        total += value + len(key)
        tag = fields[4].replace("tag=", "").upper()
        if len(tag) >= len(longest):
            longest = tag
    return total, longest


def transform(text):
    t = text.replace("row", "ROW").replace("value", "v")
    words = t.split()
    up = sum(1 for w in words if w.isupper())
    joined = "-".join(w[:3] for w in words[:2000])
    s = ""
    for w in words[:200000]:
        s += w[-1]
    return len(t), up, len(joined), s.count("0"), t.find("ROW 09999"), t.startswith("ROW")


def main():
    text = ""
    r = None
    for n in range(26000, 30000, 100):
        text = build_lines(n)
        r = process(text)
    t = transform(text)
    print("str checksum", len(text), r, t, hash(text) == hash(text[:] + ""))


main()
