# TypeError for unsupported operand types, from nested calls
def label(count):
    return count + " items"
def render(counts):
    return [label(c) for c in counts]
print("rendering")
print(render([1, 2]))
