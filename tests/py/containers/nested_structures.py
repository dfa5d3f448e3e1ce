inventory = {
    "fruits": {"apple": {"qty": 5, "price": 1.2}, "pear": {"qty": 0, "price": 2.0}},
    "veg": {"carrot": {"qty": 12, "price": 0.3}},
}
for cat in inventory:
    for item, info in inventory[cat].items():
        print(cat, item, info["qty"], info["price"], round(info["qty"] * info["price"], 2))
total = sum(i["qty"] * i["price"] for c in inventory.values() for i in c.values())
print(round(total, 2))
in_stock = {name for c in inventory.values() for name, i in c.items() if i["qty"] > 0}
print(sorted(in_stock))
inventory["veg"]["leek"] = {"qty": 3, "price": 1.0}
print(sorted(inventory["veg"]))
grid = [[0] * 4 for _ in range(3)]
for r in range(3):
    for c in range(4):
        grid[r][c] = r * 4 + c
print(grid)
print([list(col) for col in zip(*grid)])
print([sum(row) for row in grid], [sum(col) for col in zip(*grid)])
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
def walk(node, depth=0):
    name, children = node
    print("  " * depth + name)
    for ch in children:
        walk(ch, depth + 1)
walk(tree)
flat = []
def flatten(x):
    for e in x:
        if isinstance(e, list):
            flatten(e)
        else:
            flat.append(e)
flatten([1, [2, [3, [4, [5]]]], 6])
print(flat)
