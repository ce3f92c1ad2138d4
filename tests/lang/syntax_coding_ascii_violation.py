# coding: ascii
x = 1
print("é")
