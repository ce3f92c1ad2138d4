# wordfreq.py: read text from stdin, count the words, print the ten most frequent.
# Run it as:  build/cli/minipy examples/wordfreq.py < examples/wordfreq_input.txt
import sys

counts = {}
for line in sys.stdin:
    for raw in line.split():
        word = raw.strip(".,;:!?\"'()[]-").lower()
        if word:
            counts[word] = counts.get(word, 0) + 1

# Most frequent first; words with the same count in alphabetical order.
ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
total = sum(counts.values())
print(f"{total} words, {len(counts)} distinct")
for rank, (word, n) in enumerate(ranked[:10], start=1):
    print(f"{rank:2}. {word:<10} {n:3}  {'#' * n}")
