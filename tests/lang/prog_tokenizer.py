# a tokenizer and recursive-descent evaluator for arithmetic expressions
class Token:
    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos
    def __repr__(self):
        return f"{self.kind}:{self.value!r}"
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(Token("NUM", float(text) if "." in text else int(text), i))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(Token("NAME", src[i:j], i))
            i = j
        elif src.startswith("**", i):
            tokens.append(Token("OP", "**", i))
            i += 2
        elif c in "+-*/%()":
            tokens.append(Token("OP", c, i))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {c!r} at {i}")
    tokens.append(Token("EOF", None, len(src)))
    return tokens
class Parser:
    def __init__(self, tokens, env):
        self.toks, self.i, self.env = tokens, 0, env
    def peek(self):
        return self.toks[self.i]
    def take(self, value=None):
        t = self.toks[self.i]
        if value is not None and t.value != value:
            raise SyntaxError(f"expected {value!r} at {t.pos}, got {t.value!r}")
        self.i += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            r = self.factor()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def factor(self):
        if self.peek().value == "-":
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek().value == "**":
            self.take()
            return base ** self.factor()
        return base
    def atom(self):
        t = self.take()
        if t.kind == "NUM":
            return t.value
        if t.kind == "NAME":
            if t.value not in self.env:
                raise NameError(f"unknown variable {t.value!r}")
            return self.env[t.value]
        if t.value == "(":
            v = self.expr()
            self.take(")")
            return v
        raise SyntaxError(f"unexpected token {t!r} at {t.pos}")
def evaluate(src, env={"pi": 3.14159, "x": 10, "y": 3}):
    p = Parser(tokenize(src), env)
    v = p.expr()
    if p.peek().kind != "EOF":
        raise SyntaxError(f"trailing input at {p.peek().pos}")
    return v
print(tokenize("3 + 4*(x - 1.5) ** 2"))
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "x % y", "x / y", "10 - 4 - 3",
            "2 * pi * x", "((((7))))", "1 +", "3 $ 4", "z + 1", "(1 + 2", "1 / 0", "4 4"]:
    try:
        print(f"{src:<16} = {evaluate(src)!r}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{src:<16} ! {type(e).__name__}: {e}")
