if __name__ == "__main__":
    print("no")
else:
    print("imported as", __name__)
