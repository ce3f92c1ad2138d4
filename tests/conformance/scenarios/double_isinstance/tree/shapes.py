class Shape:
    pass
import factory
print(__name__, ': isinstance(factory.make(), Shape):', isinstance(factory.make(), Shape))
