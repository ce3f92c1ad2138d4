# String operators, comparison, membership, iteration
a, b = "apple", "banana"
print(a + b, a * 3, 3 * "ab", "x" * 0, "x" * -2 == "")
print(a < b, a > b, a == "apple", a != b, "Apple" < "apple", "a" < "aa", "" < "a")
print("ap" in a, "pa" in a, "" in a, "z" not in a)
print(sorted(["pear", "Apple", "banana", "apple", "Banana", "cherry"]))
print(sorted(["pear", "Apple", "banana", "apple"], key=str.lower))
print(max("hello"), min("hello"), sorted("hello"), list("hi"), tuple("ab"))
for i, ch in enumerate("abc"):
    print(i, ch, ord(ch), end="; ")
print()
s = ""
for w in ["x", "y", "z"]:
    s += w
s += "!" * 2
print(s, len(s), hash("abc") == hash("ab" + "c"))
print(str(123) + "abc", "5" + str(5), int("5") + 5)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
print("abc".__len__(), "abc".__contains__("b"), str.upper("x"), str("x", ) is not None)
