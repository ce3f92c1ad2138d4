# Raw strings, triple-quoted strings and implicit concatenation
r = r"C:\new\table\x41"
print(r, len(r), repr(r))
print(r"\n" == "\\n", R"\d+\.\d*", rb"\x00" if False else r'\'')
t = """Line one
    Line two with 'single' and "double" quotes
Line three\tTabbed"""
print(t)
print(t.count("\n"), len(t.splitlines()))
t2 = '''x
y'''
print(repr(t2))
doc = """\
No leading newline here.
Ends without one"""
print(repr(doc))
s = ("implicit " "concatenation "
     'of ' """several """ r"parts\n")
print(s)
print("abc" "def" == "abcdef", len("a" "" "b"))
raw_triple = r"""raw \t triple
keeps \backslashes"""
print(raw_triple)
print(repr(f"{1 + 1}" "x" f"{'y'}"))
