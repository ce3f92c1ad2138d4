# Conway's game of life on a small toroidal grid
def parse(pattern):
    return {(r, c) for r, line in enumerate(pattern.strip().splitlines()) for c, ch in enumerate(line) if ch == "#"}
def step(live, h, w):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % h, (c + dc) % w)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}
def show(live, h, w):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(w)) for r in range(h))
glider = parse("""
.#.
..#
###
""")
h, w = 8, 8
cells = glider
for gen in range(5):
    print(f"generation {gen}: {len(cells)} alive")
    print(show(cells, h, w))
    cells = step(cells, h, w)
blinker = parse("###")
b1 = step({(r + 2, c + 1) for r, c in blinker}, 5, 5)
print(sorted(b1), sorted(step(b1, 5, 5)))
block = {(1, 1), (1, 2), (2, 1), (2, 2)}
print("block is still life:", step(block, 6, 6) == block)
cells = glider
seen = []
for gen in range(32):
    seen.append(len(cells))
    cells = step(cells, h, w)
print("glider returns home after 32 generations:", cells == glider, set(seen))
