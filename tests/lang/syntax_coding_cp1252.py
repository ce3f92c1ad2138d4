#!/usr/bin/env python3
# vim: set fileencoding=cp1252 :
s = "€ “quoted” …"
print(s, len(s), [hex(ord(c)) for c in s])
