# bytes literals, indexing, slicing, repr, decode
b = b"hello\x00\xff\n"
print(b, len(b), type(b).__name__)
print(b[0], b[-1], b[1:4], b[::-1], b[::2])
print(list(b"abc"), bytes([65, 66, 67]), bytes(3), bytes("é", "utf-8"))
print(b"abc" + b"def", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"" == bytes())
print(b"abc" == b"abc", b"abc" < b"abd", b"abc" == "abc")
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\t\r\n\\"), rb"\x41")
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), b"\x41\x42".decode("ascii"))
print(b"hello".hex(), b"\x00\x0f\xf0".hex(), b"".hex() == "")
print(b"hello"[1:-1], b"hello"[10:], len(b"\xff" * 4), list(b"\x00\x7f\x80"))
for x in b"hi":
    print(x, chr(x))
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc" + "d"
except TypeError as e:
    print("TypeError:", e)
print(bytes(range(5)), bytes(b"copy"), hash(b"x") == hash(b"x"))
print(sorted([b"b", b"a", b"ab"]), max(b"xyz"), sum(b"\x01\x02\x03"))
