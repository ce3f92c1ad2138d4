# walrus in loops, comprehensions and conditionals, realistic uses
import math
data = [12, 7, 3, 18, 5, 21, 9]
if (n := len(data)) > 5:
    print(f"list is long ({n} elements)")
while (chunk := data[:2]):
    data = data[2:]
    print("chunk", chunk)
print("data exhausted:", data)
readings = ["12.5", "bad", "7", "", "3.25", "x1"]
def to_float(s):
    try:
        return float(s)
    except ValueError:
        return None
valid = [v for s in readings if (v := to_float(s)) is not None]
print(valid)
print([(x, r) for x in range(1, 30) if (r := math.sqrt(x)) == int(r)])
lines = iter(["header", "a=1", "b=2", "", "ignored"])
next(lines)
config = {}
while (line := next(lines, "")) != "":
    key, _, val = line.partition("=")
    config[key] = int(val)
print(config)
def fib_until(limit):
    a, b = 0, 1
    out = []
    while (a := a + b) < limit:
        out.append(a)
        a, b = b, a
    return out
print(fib_until(100))
text = "the rain in spain stays mainly in the plain"
if (count := text.count("ain")) >= 3:
    print("ain appears", count, "times")
print(sum(total := [1, 2, 3]), total)
matches = [m for w in text.split() if (m := w.find("ai")) >= 0]
print(matches, m)
