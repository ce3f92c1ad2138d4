import sys
for i in range(2):
    try:
        import boom
    except ValueError as e:
        print("caught", e, "boom" in sys.modules)
