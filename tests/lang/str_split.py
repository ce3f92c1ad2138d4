# split / rsplit / splitlines
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print(s.split(None, 2))
print(s.rsplit(None, 2))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 1))
print("a,b,,c,".split(",", maxsplit=2))
print("a,b,,c,".rsplit(",", 1))
print("a,b,,c,".rsplit(",", maxsplit=2))
print("".split(), "".split(","), "   ".split(), ",".split(","))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1))
print("one two three".split(" ", 0), "one two three".split(maxsplit=1))
print("x".split("x"), "xax".split("x"), "aaa".split("a"))
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
csv = "name,age,city\nAlice,30,Paris\nBob,25,Rome"
rows = [line.split(",") for line in csv.splitlines()]
print(rows)
header, *data = rows
print([dict(zip(header, r)) for r in data])
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print("1 2 3".split(" ", -1), " a b ".split(" "))
