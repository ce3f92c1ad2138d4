# String escape sequences
s = "tab:\t|nl:\n|cr:\r|bs:\\|sq:\'|dq:\"|bell:\a|bf:\b|ff:\f|vt:\v|nul:\0|end"
print(repr(s))
print(len(s))
print("\x41\x42\x43", "\101\102\103", "\u00e9\u4e2d", "\U0001F600" == "😀", "•")
print(repr("\x00\x01\x1f\x7f\x80\xff"))
print(repr("\u0100\u2603\uffff"), len("\U0010FFFF"))
print("line1\nline2\n\tindented")
print('single \'quoted\'', "double \"quoted\"")
print("backslash at end \\")
print(repr("\\n is not a newline"), len("\\n"))
print([ord(c) for c in "\t\n\r\x0b\x0c "])
print("a\
b")
print("octal \7 \07 \007 \177", repr("\18"))
print(repr('\''), repr("\""), repr("'\""), repr('\\'))
