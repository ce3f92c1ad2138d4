# syntax error: unexpected indent
print("start")
    print("indented for no reason")
