N = "b"
