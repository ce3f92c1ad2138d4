# fizzbuzz.py: the classic exercise — loops, the modulo operator and conditional expressions.


def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)


for i in range(1, 31):
    print(fizzbuzz(i))

# The same thing as a one-liner, checked against the function above.
one_liner = ["Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0) or str(i) for i in range(1, 101)]
assert one_liner == [fizzbuzz(i) for i in range(1, 101)]
print("one-liner agrees for 1..100:", one_liner.count("FizzBuzz"), "FizzBuzz lines")
