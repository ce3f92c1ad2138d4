Z = "z"
