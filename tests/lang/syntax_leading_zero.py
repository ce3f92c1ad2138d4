# syntax error: leading zeros in decimal integer literals
month = 012
print(month)
