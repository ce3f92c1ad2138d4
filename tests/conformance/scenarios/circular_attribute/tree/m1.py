import m2
A = 1
