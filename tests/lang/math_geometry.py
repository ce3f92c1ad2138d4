# math in a small geometry program
import math
points = [(0, 0), (3, 4), (6, 0), (3, -4)]
def dist(a, b):
    return math.hypot(b[0] - a[0], b[1] - a[1])
perimeter = sum(dist(points[i], points[(i + 1) % len(points)]) for i in range(len(points)))
print("perimeter:", perimeter)
def shoelace(pts):
    s = 0
    for i in range(len(pts)):
        x1, y1 = pts[i]
        x2, y2 = pts[(i + 1) % len(pts)]
        s += x1 * y2 - x2 * y1
    return abs(s) / 2
print("area:", shoelace(points))
for r in (1, 2.5, 10):
    print(f"r={r}: circumference={2 * math.pi * r:.4f} area={math.pi * r * r:.4f}")
def cos_angle(a, b, c):
    v1 = (a[0] - b[0], a[1] - b[1])
    v2 = (c[0] - b[0], c[1] - b[1])
    return round((v1[0] * v2[0] + v1[1] * v2[1]) / (math.hypot(*v1) * math.hypot(*v2)), 9) + 0.0
print([cos_angle(points[i - 1], points[i], points[(i + 1) % 4]) for i in range(4)])
def rotate(p, deg):
    t = deg * math.pi / 180
    return (round(p[0] * math.cos(t) - p[1] * math.sin(t), 9) + 0.0, round(p[0] * math.sin(t) + p[1] * math.cos(t), 9) + 0.0)
print([rotate((1, 0), d) for d in (0, 90, 180, 270, 45)])
print(math.isclose(sum([0.1] * 10), 1.0), math.floor(math.log10(123456)) + 1, math.ceil(math.log2(1000)))
def quadratic(a, b, c):
    d = b * b - 4 * a * c
    if d < 0:
        return ()
    sd = math.sqrt(d)
    return tuple(sorted({(-b - sd) / (2 * a), (-b + sd) / (2 * a)}))
print(quadratic(1, -3, 2), quadratic(1, 2, 1), quadratic(1, 0, 1), quadratic(2, 4, -6))
