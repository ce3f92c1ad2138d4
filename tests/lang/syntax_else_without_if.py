# syntax error: else without a matching if
x = 3
print(x)
else:
    print("no")
