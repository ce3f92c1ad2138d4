X = 1
print("running", __name__)
