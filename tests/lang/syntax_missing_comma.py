# syntax error: perhaps you forgot a comma?
items = ["apple" "banana", 3 4]
print(items)
