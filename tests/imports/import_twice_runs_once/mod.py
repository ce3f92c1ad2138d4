X = 1
print("running")
