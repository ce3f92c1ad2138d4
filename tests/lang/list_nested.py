# Nested lists as matrices and structures
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1], m[1][2], m[-1][-1], [row[0] for row in m])
t = [list(col) for col in zip(*m)]
print(t)
print([[m[i][j] * 2 for j in range(3)] for i in range(3)])
diag = [m[i][i] for i in range(3)]
print(diag, sum(diag), sum(sum(r) for r in m))
flat = [x for row in m for x in row]
print(flat, [flat[i:i + 3] for i in range(0, 9, 3)] == m)
tree = [1, [2, [3, [4, [5]]]], 6]
def depth(x):
    return 1 + max((depth(y) for y in x), default=0) if isinstance(x, list) else 0
def flatten(x):
    out = []
    for y in x:
        if isinstance(y, list):
            out.extend(flatten(y))
        else:
            out.append(y)
    return out
print(tree, depth(tree), flatten(tree))
board = [["."] * 4 for _ in range(3)]
board[0][1] = "X"; board[2][3] = "O"
print("\n".join("".join(r) for r in board))
