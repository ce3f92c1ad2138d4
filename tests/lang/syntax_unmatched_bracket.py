# syntax error: closing bracket does not match opening
data = {"a": [1, 2, 3)}
print(data)
