# startswith/endswith and case methods
s = "Hello, World"
print(s.startswith("Hello"), s.startswith("World"), s.startswith("World", 7), s.startswith(("x", "He")))
print(s.endswith("World"), s.endswith(("!", "ld")), s.endswith("lo", 0, 5), s.startswith(""))
files = ["a.py", "b.txt", "c.PY", "d.cpp", "e.h"]
print([f for f in files if f.endswith((".py", ".h"))], [f for f in files if f.lower().endswith(".py")])
for t in ["hello world", "HELLO", "hElLo wOrLd", "it's a dog's life", "x1y2z3", "", "über straße", "o'neil mcdonald"]:
    print(repr(t), t.upper(), t.lower(), t.title(), t.capitalize(), t.swapcase(), sep=" | ")
print("ABC".isupper(), "abc".islower(), "Abc".isupper(), "123".isupper(), "A1".isupper(), "".islower())
print("Hello World".title() == "Hello World", "HELLO".lower() == "hello")
