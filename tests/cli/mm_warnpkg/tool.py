print("tool runs as", __name__)
