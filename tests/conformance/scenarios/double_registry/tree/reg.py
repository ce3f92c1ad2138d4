REGISTRY = []
def register(name):
    REGISTRY.append(name)
import plugin
print('registry seen by', __name__, ':', REGISTRY)
