V = "b"
