# syntax error: assignment to a keyword
True = 0
