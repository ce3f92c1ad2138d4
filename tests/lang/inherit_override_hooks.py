# template method pattern, abstract-like base raising NotImplementedError
class Report:
    def render(self):
        lines = [self.header()]
        for item in self.items():
            lines.append(self.format_item(item))
        lines.append(self.footer())
        return "\n".join(lines)
    def header(self):
        return "=== report ==="
    def footer(self):
        return "=== end ==="
    def items(self):
        raise NotImplementedError("subclasses must provide items()")
    def format_item(self, item):
        return f"- {item}"
class Numbers(Report):
    def items(self):
        return [1, 2, 3]
class Fancy(Numbers):
    def header(self):
        return "*** " + super().header() + " ***"
    def format_item(self, item):
        return f"[{item:03d}]"
print(Numbers().render())
print(Fancy().render())
try:
    Report().render()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Plugin:
    registry = []
    def __init__(self):
        Plugin.registry.append(type(self).__name__)
    def run(self):
        return f"{type(self).__name__} runs {self.action()}"
    def action(self):
        return "nothing"
class P1(Plugin):
    def action(self):
        return "p1 action"
class P2(Plugin):
    pass
class P3(P1):
    def action(self):
        return super().action() + " twice"
print([p.run() for p in (P1(), P2(), P3())])
print(Plugin.registry)
