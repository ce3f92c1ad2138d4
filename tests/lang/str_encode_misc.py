# encode, ord/chr round trips, misc methods
s = "Grüße, 世界!"
b = s.encode()
print(b, len(s), len(b))
print(b.decode(), s.encode("utf-8") == b, s.encode("ascii", "replace"), s.encode("ascii", "ignore"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("abc".encode("ascii"), "é".encode(), b"\xc3\xa9".decode() == "é")
print("".join(chr(ord(c) + 1) for c in "HAL"))
print("".join({"a": "x", "b": "y"}.get(c, c) for c in "aabbcc"), "Hello".replace("l", ""))
print("%s" % "x".join("123"), "a,b".split(",")[::-1])
print(str(b"bytes"), str(3.0), str([1, "a"]), str((1,)), str({"a": 1}))
