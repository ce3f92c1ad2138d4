import helper
print(helper.H)
