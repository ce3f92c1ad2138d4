# hash() properties that are deterministic (no str/bytes hash values)
print(hash(0), hash(1), hash(-1), hash(-2), hash(123456), hash(True), hash(False), hash(None) == hash(None))
print(hash(1.0) == hash(1), hash(2.5) == hash(2.5), hash(0.0) == hash(-0.0) == 0, hash(10 ** 30) == hash(10 ** 30))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)), hash(()) == hash(()), hash(frozenset([1])) == hash(frozenset([1])))
print(hash("abc") == hash("abc"), hash(b"x") == hash(b"x"), hash(2 ** 40), hash(-(2 ** 40)))
for v in ([], {}, set()):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
d = {1: "int", 2.0: "float", (3,): "tuple", None: "none", frozenset(): "fs"}
print(d[1.0], d[2], d[(3,)], d[None], d[frozenset()])
print(len({hash(i) for i in range(100)}), {0.5: 1}[0.5], {-1: "neg"}[-1])
print(max(range(5), key=lambda v: hash(v)), sorted([3, 1, 2], key=hash))
