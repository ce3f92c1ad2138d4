from top.a import X
Y = 2
