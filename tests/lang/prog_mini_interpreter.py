# interpreter for a tiny line-based language (LET, PRINT, IF/GOTO, loops)
program = """
10 LET n = 10
20 LET a = 0
30 LET b = 1
40 LET i = 0
50 IF i >= n THEN 100
60 PRINT i, a
70 LET t = a + b
80 LET a = b
85 LET b = t
90 LET i = i + 1
95 GOTO 50
100 PRINT "done", a
110 END
"""
def evaluate(expr, env):
    tokens = expr.replace("+", " + ").replace("-", " - ").replace("*", " * ").split()
    def value(tok):
        if tok.lstrip("-").isdigit():
            return int(tok)
        if tok.startswith('"'):
            return tok.strip('"')
        if tok not in env:
            raise NameError(f"undefined variable {tok}")
        return env[tok]
    result = value(tokens[0])
    for op, tok in zip(tokens[1::2], tokens[2::2]):
        v = value(tok)
        result = result + v if op == "+" else result - v if op == "-" else result * v
    return result
def run(src):
    lines = {}
    for raw in src.strip().splitlines():
        num, stmt = raw.split(" ", 1)
        lines[int(num)] = stmt
    order = sorted(lines)
    env, pc, steps = {}, 0, 0
    output = []
    while pc < len(order):
        steps += 1
        stmt = lines[order[pc]]
        kw, _, rest = stmt.partition(" ")
        pc += 1
        if kw == "LET":
            name, expr = [p.strip() for p in rest.split("=", 1)]
            env[name] = evaluate(expr, env)
        elif kw == "PRINT":
            output.append(" ".join(str(evaluate(p.strip(), env)) for p in rest.split(",")))
        elif kw == "IF":
            cond, target = rest.split(" THEN ")
            left, op, right = cond.split()
            l, r = evaluate(left, env), evaluate(right, env)
            ok = {">=": l >= r, "<": l < r, "==": l == r, "!=": l != r}[op]
            if ok:
                pc = order.index(int(target))
        elif kw == "GOTO":
            pc = order.index(int(rest))
        elif kw == "END":
            break
        else:
            raise SyntaxError(f"line {order[pc - 1]}: unknown statement {kw}")
    return output, env, steps
out, env, steps = run(program)
print("\n".join(out))
print(sorted(env.items()), steps)
for bad in ('10 PRINT x', '10 JUMP 20', '10 LET x = 1\n20 GOTO 99'):
    try:
        run(bad)
    except (NameError, SyntaxError, ValueError) as e:
        print(type(e).__name__ + ":", e)
