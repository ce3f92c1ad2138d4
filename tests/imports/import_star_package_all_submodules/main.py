from pkg import *
print(m1.N, m2.N)
