# JSON-like pretty printer and serializer written from scratch
def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 32:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'
def dumps(obj, indent=2, level=0):
    pad = " " * (indent * (level + 1))
    end = " " * (indent * level)
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        return escape(obj)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        items = [pad + dumps(x, indent, level + 1) for x in obj]
        return "[\n" + ",\n".join(items) + "\n" + end + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [pad + escape(str(k)) + ": " + dumps(v, indent, level + 1) for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + end + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not serializable")
doc = {
    "name": "minipy",
    "version": [0, 1, 0],
    "stable": False,
    "license": None,
    "ratio": 0.75,
    "tags": ["interpreter", "python", 'quote"d', "tab\there"],
    "nested": {"empty_list": [], "empty_dict": {}, "deep": {"x": [1, [2, [3]]]}},
    "unicode": "héllo ✓",
}
print(dumps(doc))
print(dumps([1, "two", None], indent=4))
print(dumps("line\nbreak"), dumps(3), dumps(-0.5), dumps({1: "int key"}))
try:
    dumps({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
def compact(obj):
    if isinstance(obj, dict):
        return "{" + ",".join(f"{escape(str(k))}:{compact(v)}" for k, v in obj.items()) + "}"
    if isinstance(obj, (list, tuple)):
        return "[" + ",".join(compact(x) for x in obj) + "]"
    return dumps(obj)
print(compact(doc))
