# syntax error: unmatched ')'
x = (1 + 2))
