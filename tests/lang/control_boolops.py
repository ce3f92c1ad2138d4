# and/or/not return operands; short-circuit evaluation
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0)
print([] and 1, [1] and "x", not 0, not "a", not not [], 0 or None)
trace = []
def t(v):
    trace.append(v)
    return v
r = t(0) and t(1)
print(r, trace); trace.clear()
r = t(1) and t(2) and t(0) and t(3)
print(r, trace); trace.clear()
r = t(0) or t("") or t("x") or t("y")
print(r, trace); trace.clear()
r = t(None) or t(0)
print(r, trace); trace.clear()
name = ""
print(name or "anonymous", (name and name.upper()) or "N/A")
d = {}
print(d.get("x") or d.setdefault("x", 5), d)
print(True and False or True, not True == False, (not True) == False)
print(1 < 2 and 2 < 3, 1 < 2 or undefined_name)
print(type(0 or 0.0).__name__, type(1 and 1.0).__name__, 3 and None)
