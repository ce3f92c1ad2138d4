# maze solving with BFS on a text grid, path drawn back into the grid
maze_text = """
##########
#S.....#.#
#.##.#.#.#
#.#..#...#
#.#.####.#
#...#..#.#
###.#.##.#
#.....#..#
#.###...E#
##########
"""
grid = [list(row) for row in maze_text.strip().splitlines()]
rows, cols = len(grid), len(grid[0])
start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
end = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "E")
print("start", start, "end", end, "size", rows, "x", cols)
def neighbors(r, c):
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#":
            yield nr, nc
def bfs(src, dst):
    prev = {src: None}
    frontier = [src]
    while frontier:
        nxt = []
        for cell in frontier:
            if cell == dst:
                path = []
                while cell:
                    path.append(cell)
                    cell = prev[cell]
                return path[::-1], len(prev)
            for n in neighbors(*cell):
                if n not in prev:
                    prev[n] = cell
                    nxt.append(n)
        frontier = nxt
    return None, len(prev)
path, explored = bfs(start, end)
print("path length:", len(path) - 1, "explored:", explored)
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
grid[7][5] = "#"
grid[5][3] = "#"
for r in range(rows):
    for c in range(cols):
        if grid[r][c] == "*":
            grid[r][c] = "."
path2, explored2 = bfs(start, end)
print("after blocking:", path2, explored2)
