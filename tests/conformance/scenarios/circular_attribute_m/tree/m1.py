import m2
A = 1
print('m1 done as', __name__)
