# syntax error: cannot use assignment expressions with subscript
d = {}
if (d["k"] := 5):
    print(d)
