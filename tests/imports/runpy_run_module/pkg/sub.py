print("sub runs as", __name__)
