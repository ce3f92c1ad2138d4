import keyword
print(keyword.iskeyword("for"), keyword.iskeyword("x"), len(keyword.kwlist) > 30, keyword.issoftkeyword("match"))
print(keyword.kwlist[:5])
