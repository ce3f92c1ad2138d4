print("mm_pkg init", __name__)
