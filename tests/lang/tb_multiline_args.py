# exception with multiple args and a multi-line message
class MultiLine(Exception):
    pass
print("line before")
raise MultiLine("first line\nsecond line", 42)
