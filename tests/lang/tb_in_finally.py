# exception raised in a finally block replaces the original (context chain shown)
def work():
    try:
        raise KeyError("original")
    finally:
        print("finally runs")
        raise RuntimeError("raised in finally")
work()
