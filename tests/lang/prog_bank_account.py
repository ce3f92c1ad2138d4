# bank account simulation with classes, exceptions and a transaction log
class InsufficientFunds(Exception):
    pass
class Account:
    _next_number = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner}: balance {self.balance}, requested {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account({self.number}, {self.owner!r}, {self.balance})"
class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, *args, **kw):
        acct = cls(*args, **kw)
        self.accounts[acct.number] = acct
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        b.deposit(amount)
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
alice = bank.open(Account, "alice", 100)
bob = bank.open(SavingsAccount, "bob", 500, rate=0.05)
carol = bank.open(Account, "carol")
print(bank.accounts)
ops = [("transfer", 1000, 1001, 50), ("transfer", 1001, 1002, 200), ("transfer", 1002, 1000, 500),
       ("deposit", 1002, -5), ("deposit", 1000, 25), ("interest", 1001), ("transfer", 1000, 9999, 1)]
for op in ops:
    try:
        if op[0] == "transfer":
            bank.transfer(*op[1:])
        elif op[0] == "deposit":
            bank.accounts[op[1]].deposit(op[2])
        elif op[0] == "interest":
            print("interest paid:", bank.accounts[op[1]].add_interest())
        print("ok:", op)
    except InsufficientFunds as e:
        print("insufficient:", e)
    except ValueError as e:
        print("invalid:", e)
    except KeyError as e:
        print("no such account:", e)
for acct in bank.accounts.values():
    print(acct, acct.history)
print("total:", bank.total())
richest = max(bank.accounts.values(), key=lambda a: a.balance)
print("richest:", richest.owner, isinstance(richest, SavingsAccount))
