# Complex control flow: nested loops with flags, early returns, loop variables after loops
def find_pair(nums, target):
    for i, a in enumerate(nums):
        for j in range(i + 1, len(nums)):
            if a + nums[j] == target:
                return i, j
    return None
print(find_pair([2, 7, 11, 15], 9), find_pair([3, 2, 4], 6), find_pair([1, 2], 10))
for i in range(3):
    pass
print("i after loop:", i)
for k in range(0):
    pass
try:
    print(k)
except NameError as e:
    print("NameError:", e)
matrix = [[1, 2, 3], [4, -5, 6], [7, 8, -9]]
neg = None
for r, row in enumerate(matrix):
    for c, val in enumerate(row):
        if val < 0:
            neg = (r, c)
            break
    if neg:
        break
print("first negative at", neg)
def spiral(n):
    grid = [[0] * n for _ in range(n)]
    r = c = 0
    dr, dc = 0, 1
    for k in range(1, n * n + 1):
        grid[r][c] = k
        nr, nc = r + dr, c + dc
        if not (0 <= nr < n and 0 <= nc < n and grid[nr][nc] == 0):
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return grid
for row in spiral(4):
    print(" ".join(f"{v:2}" for v in row))
fizz = []
for n in range(1, 16):
    out = ""
    if n % 3 == 0: out += "Fizz"
    if n % 5 == 0: out += "Buzz"
    fizz.append(out or str(n))
print(",".join(fizz))
