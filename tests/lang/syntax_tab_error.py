# syntax error: inconsistent use of tabs and spaces (TabError)
if True:
        x = 1
	y = 2
print(x)
