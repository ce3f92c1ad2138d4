# syntax error: missing colon after if
x = 5
print("this line is never executed")
if x > 3
    print("big")
