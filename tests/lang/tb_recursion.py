# infinite recursion: RecursionError with repeated-frame elision in the traceback
def countdown(n):
    return countdown(n - 1)
print("recursing")
countdown(10)
