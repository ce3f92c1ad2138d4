import selfish
print(selfish.__name__)
print(selfish.LATER)
LATER = 1
