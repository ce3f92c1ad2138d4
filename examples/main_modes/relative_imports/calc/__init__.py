print(f"calc/__init__.py runs as {__name__!r}")
