from mod import x, y
print(x, y)
