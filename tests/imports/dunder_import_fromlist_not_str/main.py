__import__("pkg", fromlist=[1])
