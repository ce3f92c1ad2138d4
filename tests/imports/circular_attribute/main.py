import m1
