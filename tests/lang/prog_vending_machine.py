# a vending machine state machine driven by a list of events
class VendingMachine:
    PRICES = {"cola": 150, "chips": 100, "candy": 65}
    COINS = (200, 100, 50, 20, 10, 5)
    def __init__(self, stock):
        self.stock = dict(stock)
        self.state = "idle"
        self.credit = 0
        self.sales = []
    def handle(self, event, arg=None):
        method = getattr(self, f"on_{event}", None)
        if method is None:
            return f"unknown event {event!r}"
        before = self.state
        msg = method(arg)
        return f"[{before:>9} -> {self.state:<9}] {msg}"
    def on_coin(self, value):
        if value not in self.COINS:
            return f"rejected coin {value}"
        self.credit += value
        self.state = "has_credit"
        return f"credit {self.credit}"
    def on_select(self, item):
        if item not in self.PRICES:
            return f"no such item {item!r}"
        if self.stock.get(item, 0) == 0:
            return f"{item} sold out"
        price = self.PRICES[item]
        if self.credit < price:
            return f"insert {price - self.credit} more for {item}"
        self.stock[item] -= 1
        change = self.make_change(self.credit - price)
        self.sales.append(item)
        self.credit = 0
        self.state = "idle"
        return f"vend {item}, change {change}"
    def on_cancel(self, _):
        refund = self.make_change(self.credit)
        self.credit = 0
        self.state = "idle"
        return f"refund {refund}"
    def make_change(self, amount):
        coins = []
        for c in self.COINS:
            n, amount = divmod(amount, c)
            coins += [c] * n
        return coins
vm = VendingMachine({"cola": 1, "chips": 5, "candy": 0})
events = [("coin", 100), ("select", "cola"), ("coin", 100), ("select", "cola"), ("coin", 200),
          ("select", "cola"), ("select", "candy"), ("coin", 3), ("coin", 50), ("select", "gum"),
          ("cancel", None), ("dance", None), ("coin", 200), ("coin", 20), ("select", "chips")]
for ev, arg in events:
    print(vm.handle(ev, arg))
print(vm.sales, vm.stock, vm.state, vm.credit)
