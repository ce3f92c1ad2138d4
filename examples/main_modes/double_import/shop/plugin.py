# A plugin that uses the core module through its real name, as any library would.
from shop import core


@core.register
def shout(text):
    return text.upper()


def find(name):
    return core.MISSING


def make_item():
    return core.Item("apple")


def take(name):
    raise core.OutOfStock(name)
