# syntax error: invalid character in identifier/expression
price = 10
total = price × 2
