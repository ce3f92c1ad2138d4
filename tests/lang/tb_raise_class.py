# raising an exception class (not instance) and a bare message-less exception
def validate(x):
    if x < 0:
        raise ValueError
    return x
print(validate(5))
validate(-1)
