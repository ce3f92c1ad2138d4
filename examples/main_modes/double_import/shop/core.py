# Run me with:  minipy -m shop.core
# A module that is both the main program and a library imported by its own plugins.
import sys
import importlib

print(f"core.py body runs as {__name__!r}")

REGISTRY = []            # plugins add themselves here


def register(fn):
    REGISTRY.append(fn.__name__)
    return fn


MISSING = object()       # a sentinel, compared with `is`


class Item:
    def __init__(self, name):
        self.name = name


class OutOfStock(Exception):
    pass


def greeting():
    return "hello from the original greeting()"


def patch(module_name, attr, value):
    # What unittest.mock.patch('shop.core.greeting', ...) does: find the module by name.
    setattr(importlib.import_module(module_name), attr, value)


def main():
    from shop import plugin        # plugin.py does `from shop import core`
    print("registry:", REGISTRY)
    print("find('pear') is MISSING:", plugin.find("pear") is MISSING)
    print("isinstance(make_item(), Item):", isinstance(plugin.make_item(), Item))
    try:
        plugin.take("apple")
    except OutOfStock:
        print("except OutOfStock: caught")
    except Exception as exc:
        print("except OutOfStock: missed, got", type(exc).__name__, "from a module named",
              repr(type(exc).__module__))
    patch("shop.core", "greeting", lambda: "hello from the patched greeting()")
    print("greeting():", greeting())
    print("plugin.core is this module:", plugin.core is sys.modules[__name__])
    print("Item.__module__:", repr(Item.__module__), "  plugin's core.Item.__module__:",
          repr(plugin.core.Item.__module__))


if __name__ == getattr(sys, "main", "__main__"):   # fires once in every mode (see ../sys_main)
    main()
