# uncaught ZeroDivisionError raised from nested calls
def average(values):
    return sum(values) / len(values)
def report(groups):
    for name, vals in groups:
        print(name, average(vals))
report([("a", [1, 2, 3]), ("b", [10]), ("empty", [])])
print("not reached")
