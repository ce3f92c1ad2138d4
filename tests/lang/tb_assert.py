# failing assert with a message
def check(values):
    for v in values:
        assert v >= 0, f"negative value: {v}"
        print("ok", v)
check([3, 1, -4, 1])
