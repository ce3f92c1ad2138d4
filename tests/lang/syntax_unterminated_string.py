# syntax error: unterminated string literal
print("ok")
message = "hello world
print(message)
