# bank.py: classes, inheritance, properties, class attributes and custom exceptions.


class BankError(Exception):
    """Base class of every error this bank raises."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance is {account.balance}")
        self.shortfall = amount - account.balance


class AccountFrozen(BankError):
    pass


class Account:
    next_number = 1000  # a class attribute shared by all accounts

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.frozen = False
        self.history = []
        self.number = Account.next_number
        Account.next_number += 1

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._check()
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def __repr__(self):
        return f"<{type(self).__name__} #{self.number} {self.owner}: {self._balance}>"


class SavingsAccount(Account):
    rate = 0.02

    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest


def transfer(source, target, amount):
    source.withdraw(amount)
    try:
        target.deposit(amount)
    except BankError:
        source.deposit(amount)  # undo the withdrawal, then let the caller know
        raise


alice = Account("alice", 100)
bob = SavingsAccount("bob", 500)
print(alice, bob)

transfer(bob, alice, 150)
print("after transfer:", alice, bob)
print("interest for bob:", bob.add_interest())

for action in ("overdraw", "bad deposit", "frozen"):
    try:
        if action == "overdraw":
            alice.withdraw(1000)
        elif action == "bad deposit":
            alice.deposit(-5)
        else:
            alice.frozen = True
            transfer(bob, alice, 10)
    except InsufficientFunds as e:
        print(f"{action}: {e} (short by {e.shortfall})")
    except BankError as e:
        print(f"{action}: {type(e).__name__}: {e}")
    except ValueError as e:
        print(f"{action}: ValueError: {e}")

print("final:", alice, bob)
print("bob's history:", bob.history)
print("is a SavingsAccount an Account?", isinstance(bob, Account), issubclass(SavingsAccount, Account))
