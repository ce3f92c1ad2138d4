# syntax error: unterminated triple-quoted string literal
print("before")
doc = """this string
never ends
x = 1
