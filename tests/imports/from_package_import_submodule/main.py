from pkg import sub
print(sub.__name__, sub.V)
