N = "a"
