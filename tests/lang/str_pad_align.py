# center/ljust/rjust/zfill/expandtabs
for w in ["a", "abc", "abcdef"]:
    print("[" + w.center(7) + "]", "[" + w.center(8, "*") + "]", "[" + w.ljust(6, ".") + "]", "[" + w.rjust(6, "-") + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(2))
print("x".center(0), "ab".center(3), "ab".center(4), "abc".center(6), "a".center(4))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("abcd\te\n12\t3".expandtabs(3)))
table = [("apple", 3, 0.5), ("banana", 12, 0.25), ("kiwi", 100, 1.125)]
for name, qty, price in table:
    print(name.ljust(8) + str(qty).rjust(5) + ("%.2f" % price).rjust(8))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
