import m1
def g():
    return "late binding works"
