# return semantics: implicit None, multiple values, early return, return in loops
def nothing():
    pass
def implicit(x):
    if x:
        return "truthy"
def multiple():
    return 1, "two", [3]
def early(xs):
    for i, x in enumerate(xs):
        if x < 0:
            return i
    return -1
def nested_return(n):
    while True:
        for i in range(n):
            if i == 3:
                return f"stopped at {i}"
        return "loop finished"
print(nothing(), implicit(0), implicit(1), multiple(), type(multiple()).__name__)
a, b, c = multiple()
print(a, b, c)
print(early([1, 2, -3, 4]), early([]), early([5]))
print(nested_return(10), nested_return(2))
def with_finally(x):
    try:
        if x:
            return "from try"
    finally:
        print("  cleanup for", x)
    return "after try"
print(with_finally(1), with_finally(0))
def recursive_sum(xs):
    if not xs:
        return 0
    return xs[0] + recursive_sum(xs[1:])
print(recursive_sum(list(range(50))))
def returns_function(kind):
    if kind == "upper":
        return str.upper
    elif kind == "lower":
        return str.lower
    return lambda s: s
print([returns_function(k)("MiXeD") for k in ("upper", "lower", "other")])
