# splitlines, keepends, and assorted text processing
text = "first line\nsecond line\r\nthird\rfourth\n\nlast"
print(text.splitlines())
print(text.splitlines(True))
print("no newline".splitlines(), "".splitlines(), "\n".splitlines(), "a\n".splitlines(keepends=True))
print("a\x0bb\x0cc\x1cd\u2028e".splitlines())
poem = """Roses are red
Violets are blue
Sugar is sweet
And so are you"""
lines = poem.splitlines()
print(len(lines), [len(l) for l in lines])
print([l.split()[0] for l in lines], [l.split()[-1] for l in lines])
print(" / ".join(l.upper() if i % 2 else l.lower() for i, l in enumerate(lines)))
longest = max(lines, key=len)
print(repr(longest), lines.index(longest))
