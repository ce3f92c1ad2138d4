# AttributeError on None returned by a function that forgot to return
def find(items, target):
    for item in items:
        if item == target:
            return item
result = find(["a", "b"], "c")
print("result:", result)
print(result.upper())
