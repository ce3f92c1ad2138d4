print("a.b")
