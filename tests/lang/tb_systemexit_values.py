# raise SystemExit with a non-int, non-str value: printed to stderr, status 1
print("about to exit")
raise SystemExit([1, 2, 3])
