# negative steps and boundary handling on list, str and tuple
data = list(range(12))
text = "abcdefghijkl"
tup = tuple(data)
for sl in [slice(None, None, -1), slice(None, None, -2), slice(10, 2, -2), slice(-1, -5, -1),
           slice(5, None, -1), slice(None, 5, -1), slice(-100, 100, -1), slice(100, -100, -3),
           slice(3, 3, -1), slice(0, None, -1), slice(-12, None, -1), slice(11, 0, -5)]:
    print(f"{sl.start!s:>5} {sl.stop!s:>5} {sl.step:>3} -> {data[sl]} {text[sl]!r} {len(tup[sl])}")
m = list(range(10))
m[::-2] = ["a", "b", "c", "d", "e"]
print(m)
del m[-1::-3]
print(m)
print("racecar"[::-1] == "racecar", "stressed"[::-1], [1, 2, 3][::-1][::-1])
