# nested replacement fields in format specs
width, prec = 12, 3
value = 3.14159265
print(f"[{value:{width}.{prec}f}]")
print(f"[{value:>{width}}]")
for fill, align in (("*", "<"), ("-", "^"), ("0", ">")):
    print(f"[{'x':{fill}{align}{width}}]")
spec = ".2e"
print(f"{value:{spec}} {12345:{'>'}{10}}")
table = {"alpha": 1.5, "beta": 22.25, "gamma": 333.125}
w = max(len(k) for k in table)
for k, v in table.items():
    print(f"{k:<{w}} = {v:>{w + 2}.{1 if v < 10 else 2}f}")
nested = [[1, 2], [3, 4]]
print(f"{nested[1][0]} {nested[-1]} {[f'{x:02d}' for row in nested for x in row]}")
print(f"{'inner {0}'.format('fmt')} {f'{value:.1f}'!r}")
print(f"{width!r:>{width}}")
