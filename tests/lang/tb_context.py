# exception raised while handling another: "During handling ..." separator
def cleanup(resource):
    return resource.close()
def process(data):
    try:
        return data[10]
    except IndexError:
        cleanup(None)
print("processing")
process([1, 2, 3])
