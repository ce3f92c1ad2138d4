# text statistics: word frequencies, sentence lengths, character classes
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness. It was the spring of hope,
it was the winter of despair! We had everything before us, we had nothing before us?"""
words = [w.strip(".,!?").lower() for w in text.split()]
print("words:", len(words), "unique:", len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for w, n in top:
    print(f"{w:>8} {n:3} {'#' * n}")
lengths = {}
for w in set(words):
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
sentences = [s.strip() for s in text.replace("!", ".").replace("?", ".").split(".") if s.strip()]
print("sentences:", len(sentences), [len(s.split()) for s in sentences])
letters = sum(c.isalpha() for c in text)
upper = sum(c.isupper() for c in text)
spaces = sum(c.isspace() for c in text)
punct = sum(c in ".,!?" for c in text)
print(f"letters={letters} upper={upper} spaces={spaces} punct={punct} lines={text.count(chr(10)) + 1}")
vowels = {v: text.lower().count(v) for v in "aeiou"}
print(vowels, max(vowels, key=vowels.get))
avg = sum(len(w) for w in words) / len(words)
print(f"average word length: {avg:.3f}")
longest = max(words, key=len)
print("longest word:", longest, len(longest))
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
