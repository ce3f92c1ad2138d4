__import__(1)
