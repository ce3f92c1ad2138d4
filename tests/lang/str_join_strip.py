# join and strip
words = ["alpha", "beta", "gamma"]
print(", ".join(words), "".join(words), "-".join("abc"), " ".join([]))
print("\n".join(str(i) for i in range(3)))
print("+".join(map(str, [1, 2, 3])), "=", sum([1, 2, 3]))
try:
    ", ".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
s = "  \t padded \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyxhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print("www.example.com".strip("cmowz."), "---".strip("-") == "", "a".strip(""))
print(repr("\u3000wide\u3000".strip()), repr("  ".strip()))
print("file.txt".removesuffix(".txt"), "prefix_name".removeprefix("prefix_"), "x".removeprefix("y"))
print("0042".lstrip("0"), "1.500".rstrip("0").rstrip("."))
lines = ["  a  ", "b  ", "  c"]
print([l.strip() for l in lines], "|".join(l.rjust(4) for l in ["x", "yy"]))
