import importlib
for args in [(1,), ("z", {"__package__": 1}, None, [], 1), ("z", {}, None, [], 1)]:
    try:
        importlib.__import__(*args)
    except Exception as e:
        print(type(e).__name__, e)
