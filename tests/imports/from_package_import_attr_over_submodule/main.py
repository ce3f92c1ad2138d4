from pkg import sub
print(sub)
