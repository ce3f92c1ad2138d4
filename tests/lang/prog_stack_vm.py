# a small stack-based virtual machine with an assembler
class VMError(Exception):
    pass
def assemble(src):
    program, labels = [], {}
    for line in src.strip().splitlines():
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
            continue
        op, *args = line.split()
        program.append((op.upper(), [int(a) if a.lstrip("-").isdigit() else a for a in args]))
    return program, labels
def run(src, trace=False, max_steps=10000):
    program, labels = assemble(src)
    stack, out, pc, steps = [], [], 0, 0
    variables = {}
    binops = {"ADD": lambda a, b: a + b, "SUB": lambda a, b: a - b, "MUL": lambda a, b: a * b,
              "DIV": lambda a, b: a // b, "MOD": lambda a, b: a % b, "LT": lambda a, b: int(a < b),
              "EQ": lambda a, b: int(a == b)}
    while pc < len(program):
        steps += 1
        if steps > max_steps:
            raise VMError("step limit exceeded")
        op, args = program[pc]
        if trace:
            print(f"  {pc:3} {op:<6} {args} {stack}")
        pc += 1
        if op == "PUSH":
            stack.append(args[0])
        elif op in binops:
            if len(stack) < 2:
                raise VMError(f"stack underflow at {pc - 1} ({op})")
            b, a = stack.pop(), stack.pop()
            try:
                stack.append(binops[op](a, b))
            except ZeroDivisionError:
                raise VMError(f"division by zero at {pc - 1}") from None
        elif op == "DUP":
            stack.append(stack[-1])
        elif op == "SWAP":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "POP":
            stack.pop()
        elif op == "STORE":
            variables[args[0]] = stack.pop()
        elif op == "LOAD":
            stack.append(variables[args[0]])
        elif op == "JMP":
            pc = labels[args[0]]
        elif op == "JZ":
            if stack.pop() == 0:
                pc = labels[args[0]]
        elif op == "PRINT":
            out.append(stack.pop())
        elif op == "HALT":
            break
        else:
            raise VMError(f"unknown instruction {op}")
    return out, stack, steps
factorial = """
    push 1
    store acc
    push 10
    store n
loop:
    load n
    jz done        ; exit when n == 0
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
"""
print(run(factorial))
fizz = """
    push 1
    store i
top:
    load i
    push 16
    lt
    jz end
    load i
    push 15
    mod
    jz fb
    load i
    print
    jmp next
fb:
    push -15
    print
next:
    load i
    push 1
    add
    store i
    jmp top
end:
    halt
"""
print(run(fizz)[0])
print(run("push 2\npush 3\nadd\ndup\nmul\nprint", trace=True))
for bad in ("push 1\nadd", "push 1\npush 0\ndiv", "frobnicate", "top:\njmp top"):
    try:
        run(bad)
    except VMError as e:
        print("VMError:", e)
