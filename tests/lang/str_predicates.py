# is* predicate methods
samples = ["abc", "ABC", "Abc", "123", "12.5", "abc123", "", " ", " \t\n", "hello world",
           "_name", "2bad", "class", "x_1", "ÅÉ", "Title Case", "a-b"]
print("%-12s %5s %5s %5s %5s %5s %5s %5s" % ("sample", "digit", "alpha", "alnum", "space", "upper", "lower", "ident"))
for s in samples:
    print("%-12s %5s %5s %5s %5s %5s %5s %5s" % (repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(),
                                                   s.isupper(), s.islower(), s.isidentifier()))
print(sum(s.isdigit() for s in samples), [s for s in samples if s.isidentifier()])
