# bytes from various sources, encoding round trips
data = "Grüße".encode("utf-8")
print(data, len(data), data.decode("utf-8"))
print([hex(x) for x in data])
print(b"\xde\xad\xbe\xef".hex(), bytes([222, 173]).hex(), b"".hex() == "")
parts = [bytes([c]) for c in b"abc"]
print(parts, [b.decode() for b in parts], parts[0] + parts[1])
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"\x80".decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"abc"[1:2], b"abc"[5:], b"abc"[-1], b"abc" * 2)
