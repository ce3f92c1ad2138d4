# N-queens via backtracking, with board rendering and solution counting
def solve(n):
    cols, diag1, diag2 = set(), set(), set()
    placement = []
    solutions = []
    def place(row):
        if row == n:
            solutions.append(placement[:])
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.remove(c); diag1.remove(row - c); diag2.remove(row + c)
    place(0)
    return solutions
for n in range(1, 9):
    print(n, len(solve(n)))
sols = solve(6)
print(sols)
def render(sol):
    n = len(sol)
    return "\n".join(" ".join("Q" if sol[r] == c else "." for c in range(n)) for r in range(n))
print(render(solve(8)[0]))
def is_valid(sol):
    n = len(sol)
    return all(sol[i] != sol[j] and abs(sol[i] - sol[j]) != j - i for i in range(n) for j in range(i + 1, n))
print(all(is_valid(s) for s in solve(7)), is_valid([0, 1, 2, 3]))
