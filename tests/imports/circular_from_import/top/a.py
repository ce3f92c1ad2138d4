from top.b import Y
X = 1
