try:
    COUNT += 1
except NameError:
    COUNT = 1
print("exec", COUNT)
