# run-length encoding and Huffman coding with deterministic tie-breaking
def rle_encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "aaaaaaaaaaaaaaaa"]:
    enc = rle_encode(s)
    print(repr(enc), rle_decode(enc) == s, len(s), len(enc))
def huffman(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))]
    counter = len(nodes)
    while len(nodes) > 1:
        nodes.sort(key=lambda t: (t[0], t[1]))
        a, b = nodes.pop(0), nodes.pop(0)
        nodes.append((a[0] + b[0], counter, (a[2], b[2])))
        counter += 1
    codes = {}
    def walk(node, prefix):
        if isinstance(node, str):
            codes[node] = prefix or "0"
        else:
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
    walk(nodes[0][2], "")
    return codes, freq
text = "this is an example of a huffman tree"
codes, freq = huffman(text)
for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(repr(ch), freq[ch], codes[ch])
bits = "".join(codes[c] for c in text)
print(len(bits), "bits vs", 8 * len(text))
rev = {v: k for k, v in codes.items()}
decoded, cur = [], ""
for b in bits:
    cur += b
    if cur in rev:
        decoded.append(rev[cur])
        cur = ""
print("".join(decoded) == text, bits[:40])
