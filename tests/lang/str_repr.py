# repr() of strings: quote selection and escaping
cases = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline",
         "back\\slash", "bell\x07", "\x7f", "é", "\u200b", "\u00a0", "😀", "\ud800" if False else "x",
         "", " ", "'", '"', "\r\n", "null\0byte", "\x1b[0m", "\u2028", "ÿ\xff", "\x80\x9f"]
for c in cases:
    print(repr(c))
print(str(["a", 'b"c', "d'e"]))
print(("x",), {"k": "v'q"})
print(repr(repr("a")), str(repr("a")))
print(ascii("abc"), ascii("ü"), ascii("\n"), ascii(["é"]))
print("%r and %s" % ("it's", "it's"))
