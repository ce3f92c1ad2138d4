__import__("")
