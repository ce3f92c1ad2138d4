raise RuntimeError("pkg fails")
