import helper
print(__name__)
