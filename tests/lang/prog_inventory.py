# inventory management with dicts, sorting and report formatting
inventory = {}
def add(sku, name, qty, price, tags=()):
    if sku in inventory:
        inventory[sku]["qty"] += qty
    else:
        inventory[sku] = {"name": name, "qty": qty, "price": price, "tags": set(tags)}
def remove(sku, qty):
    item = inventory.get(sku)
    if item is None:
        raise KeyError(f"unknown sku {sku}")
    if item["qty"] < qty:
        raise ValueError(f"only {item['qty']} of {item['name']} left")
    item["qty"] -= qty
    if item["qty"] == 0:
        del inventory[sku]
add("A100", "widget", 10, 2.50, ["metal", "small"])
add("B200", "gadget", 3, 19.99, ["electronic"])
add("C300", "doohickey", 25, 0.75, ["small", "plastic"])
add("A100", "widget", 5, 2.50)
add("D400", "gizmo", 1, 149.00, ["electronic", "large"])
for sku, q in [("A100", 4), ("B200", 5), ("Z999", 1), ("D400", 1), ("C300", 10)]:
    try:
        remove(sku, q)
        print(f"removed {q} x {sku}")
    except (KeyError, ValueError) as e:
        print("error:", e.args[0])
print(f"{'SKU':<6}{'Name':<12}{'Qty':>5}{'Price':>9}{'Value':>10}  Tags")
total = 0
for sku, item in sorted(inventory.items()):
    value = item["qty"] * item["price"]
    total += value
    print(f"{sku:<6}{item['name']:<12}{item['qty']:>5}{item['price']:>9.2f}{value:>10.2f}  {','.join(sorted(item['tags']))}")
print(f"{'TOTAL':<32}{total:>10.2f}")
by_tag = {}
for sku, item in inventory.items():
    for t in item["tags"]:
        by_tag.setdefault(t, []).append(sku)
print({t: sorted(v) for t, v in sorted(by_tag.items())})
low = [item["name"] for item in inventory.values() if item["qty"] < 12]
print("low stock:", low)
print("most valuable:", max(inventory, key=lambda s: inventory[s]["qty"] * inventory[s]["price"]))
