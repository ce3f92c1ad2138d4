# Where a failed assert points, and source lines with trailing blanks (kept, as in CPython).
x = 1
y = 0
tests = ["assert y", "assert x.real == 2", "assert not x", "assert x - 1", "assert [][:]",
         "assert ()", "assert 0", "assert x and 0", "assert x == 2 == 3", "assert y is None"]
for t in tests:
    try:
        exec(t)
    except AssertionError:
        print("failed:", t)
def check():
    assert x < 0, "x must be negative"   
check()
