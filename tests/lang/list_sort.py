# sort and sorted with key/reverse, stability
nums = [5, 2, 9, -1, 0, 2, 7]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
words = ["banana", "Apple", "cherry", "date", "fig", "Elder"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())))
people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_name = sorted(people)
by_age_then_name = sorted(by_name, key=lambda p: p[1])
print(by_age_then_name)
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2, 1], [1, 2], [1]]))
print(sorted("hello"), sorted({3: "c", 1: "a"}), sorted((3, 1, 2), reverse=True))
r = nums.sort()
print(r, sorted([]), sorted([1]), sorted([1.5, 1, True, 0.5]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
matrix = [[3, 1], [2, 2], [1, 3]]
matrix.sort(key=lambda row: row[1])
print(matrix)
data = [5, 3, 8, 1]
print(sorted(data, key=lambda v: -v), data)
print(sorted(range(10), key=lambda v: v % 3))
