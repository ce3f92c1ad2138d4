# syntax error: 'return' outside function
print("top level")
return 5
