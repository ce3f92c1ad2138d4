print("running")
