# output, handled error, then an unhandled error inside an except block of a different type
import sys
def risky(n):
    return 10 // n
for n in (5, 2, 0):
    try:
        print(risky(n))
    except ZeroDivisionError as e:
        print("handled:", e, file=sys.stderr)
        print(undefined_in_handler)
