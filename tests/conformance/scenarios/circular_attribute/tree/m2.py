import m1
print(m1.A)
