raise KeyError("sub")
