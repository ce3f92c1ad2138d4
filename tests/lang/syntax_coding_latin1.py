# -*- coding: latin-1 -*-
# café in a comment
s = "café über ©"
print(s, len(s), s.encode("utf-8"))
print(ascii(s), s.upper())
