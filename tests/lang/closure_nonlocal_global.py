# nonlocal and global declarations
total = 0
def add_to_total(n):
    global total
    total += n
    return total
add_to_total(5); add_to_total(7)
print(total)
def make_global():
    global created_later
    created_later = "made inside function"
make_global()
print(created_later)
def shadow():
    total = -1
    return total
print(shadow(), total)
def outer():
    a = 1
    b = 1
    def inner():
        nonlocal a
        a += 10
        b = 99
        return a, b
    r = inner()
    return r, a, b
print(outer())
def level1():
    x = 1
    def level2():
        nonlocal x
        x += 1
        def level3():
            nonlocal x
            x *= 10
        level3()
    level2()
    return x
print(level1())
def bad():
    try:
        print(total)
        total = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
bad()
def bank(balance):
    def deposit(amt):
        nonlocal balance
        balance += amt
        return balance
    def withdraw(amt):
        nonlocal balance
        if amt > balance:
            raise ValueError("insufficient funds")
        balance -= amt
        return balance
    return deposit, withdraw
dep, wd = bank(100)
print(dep(50), wd(30))
try:
    wd(1000)
except ValueError as e:
    print("ValueError:", e)
print(dep(0))
