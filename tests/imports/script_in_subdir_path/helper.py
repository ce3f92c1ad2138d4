H = "wrong"
