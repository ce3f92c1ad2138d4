X = 1  # a directory without __main__.py
