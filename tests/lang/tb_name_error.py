# uncaught NameError
def greet(name):
    message = "Hello, " + name
    print(mesage)
print("start")
greet("world")
