# while/for with else, break, continue
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("while", i)
else:
    print("while finished normally, i =", i)
i = 0
while True:
    i += 1
    if i > 3:
        break
else:
    print("not printed")
print("broke at", i)
for x in []:
    print("never")
else:
    print("for-else on empty")
found = None
for idx, word in enumerate(["apple", "bob", "kayak", "tree"]):
    if word == word[::-1]:
        found = (idx, word)
        break
print(found)
total = 0
for v in range(20):
    if v % 3 == 0:
        continue
    if v > 14:
        break
    total += v
print(total)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if i + j > 3:
            break
        print((i, j), end=" ")
print()
count = 0
while count < 3:
    count += 1
else:
    print("else after while, count", count)
