# Division by zero errors with ints and floats
ops = [
    ("1 / 0", lambda: 1 / 0),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("0.0 / 0.0", lambda: 0.0 / 0.0),
    ("1 // 0", lambda: 1 // 0),
    ("1.5 // 0.0", lambda: 1.5 // 0.0),
    ("5 % 0", lambda: 5 % 0),
    ("5.0 % 0", lambda: 5.0 % 0),
    ("divmod(3, 0)", lambda: divmod(3, 0)),
    ("divmod(3.0, 0)", lambda: divmod(3.0, 0)),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("10 / 2", lambda: 10 / 2),
]
for text, fn in ops:
    try:
        print(text, "=", fn())
    except ZeroDivisionError as e:
        print(text, "->", type(e).__name__ + ":", e)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")
print([safe_div(x, y) for x, y in [(1, 2), (1, 0), (-1, 0), (0, 0), (9, 3)]])
