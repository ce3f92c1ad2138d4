# syntax error: generic invalid syntax
x = 1 +* 2
