r = __import__("other.o", globals(), None, None, 2)
print(r.__name__)
