# TypeError: missing required positional argument, raised inside a method call chain
class Calculator:
    def scale(self, value, factor):
        return value * factor
    def run(self, values):
        return [self.scale(v) for v in values]
c = Calculator()
print(c.scale(2, 5))
print(c.run([1, 2, 3]))
