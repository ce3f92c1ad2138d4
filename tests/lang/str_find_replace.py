# find/rfind/index/rindex/replace/count
s = "the cat sat on the mat with the hat"
print(s.find("the"), s.find("the", 1), s.find("the", 5, 20), s.find("dog"))
print(s.rfind("the"), s.rfind("the", 0, 20), s.rfind("zzz"))
print(s.index("cat"), s.rindex("at"), s.index("at", 10))
for m in ("index", "rindex"):
    try:
        getattr(s, m)("dog")
    except ValueError as e:
        print(m, "ValueError:", e)
print(s.count("at"), s.count("the"), s.count(""), "aaaa".count("aa"), s.count("t", 10, 20))
print(s.replace("the", "a"), s.replace("the", "THE", 2), s.replace("", "-")[:10])
print("aaa".replace("a", "bb"), "abc".replace("x", "y"), "banana".replace("ana", "*"))
print("".find(""), "abc".find(""), "abc".find("", 10), "abc".rfind(""))
print("hello".find("l", -2), "hello".find("h", -100), "hello"[-3:].find("l"))
pos = []
i = s.find("at")
while i != -1:
    pos.append(i)
    i = s.find("at", i + 1)
print(pos)
print("Mississippi".replace("ss", "SS").replace("i", "!", 2))
print("a b c".replace(" ", ""), "tab\tsep".replace("\t", "    "))
