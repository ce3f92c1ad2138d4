# failing assert without a message
x = 2 + 2
print("x =", x)
assert x == 5
