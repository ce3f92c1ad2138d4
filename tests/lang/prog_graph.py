# graph algorithms: BFS shortest path, DFS, topological sort, Dijkstra with a hand-written heap
graph = {
    "A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": [], "G": ["A"],
}
def bfs_path(g, start, goal):
    prev = {start: None}
    queue = [start]
    while queue:
        node = queue.pop(0)
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = prev[node]
            return path[::-1]
        for nxt in g[node]:
            if nxt not in prev:
                prev[nxt] = node
                queue.append(nxt)
    return None
print(bfs_path(graph, "A", "F"), bfs_path(graph, "G", "E"), bfs_path(graph, "F", "A"))
def dfs(g, start, seen=None):
    seen = [] if seen is None else seen
    seen.append(start)
    for n in g[start]:
        if n not in seen:
            dfs(g, n, seen)
    return seen
print(dfs(graph, "G"))
def topo(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in g[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return order
print(topo(graph))
def heappush(h, item):
    h.append(item)
    i = len(h) - 1
    while i > 0 and h[(i - 1) // 2] > h[i]:
        h[(i - 1) // 2], h[i] = h[i], h[(i - 1) // 2]
        i = (i - 1) // 2
def heappop(h):
    top = h[0]
    last = h.pop()
    if h:
        h[0] = last
        i = 0
        while True:
            l, r, small = 2 * i + 1, 2 * i + 2, i
            if l < len(h) and h[l] < h[small]: small = l
            if r < len(h) and h[r] < h[small]: small = r
            if small == i: break
            h[i], h[small] = h[small], h[i]
            i = small
    return top
weighted = {"s": {"a": 7, "b": 2}, "a": {"c": 1}, "b": {"a": 3, "c": 8}, "c": {"t": 2}, "t": {}}
def dijkstra(g, src):
    dist = {src: 0}
    heap = [(0, src)]
    done = set()
    while heap:
        d, u = heappop(heap)
        if u in done:
            continue
        done.add(u)
        for v, w in g[u].items():
            if d + w < dist.get(v, float("inf")):
                dist[v] = d + w
                heappush(heap, (d + w, v))
    return dict(sorted(dist.items()))
print(dijkstra(weighted, "s"))
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heappush(h, x)
print([heappop(h) for _ in range(7)])
components = []
undirected = {1: [2], 2: [1, 3], 3: [2], 4: [5], 5: [4], 6: []}
seen = set()
for n in undirected:
    if n not in seen:
        comp = dfs(undirected, n)
        seen.update(comp)
        components.append(sorted(comp))
print(components)
