# Indexing and slicing strings
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-4])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100])
print(s[2:8:2], s[-1:-6:-1], s[-2::-3], repr(s[0:0]))
print(s[len(s) - 1], s[slice(1, 4)], s[slice(None, None, -1)])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[1] = "x"
except TypeError as e:
    print("TypeError:", e)
word = "racecar"
print(word == word[::-1], "python"[::-1], "hello"[1:-1])
t = s[:3] + "-" + s[3:6].upper() + "-" + s[6:]
print(t)
print([s[i:i + 3] for i in range(0, len(s), 3)])
