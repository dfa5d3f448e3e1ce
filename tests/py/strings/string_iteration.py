text = "The rain in Spain stays mainly in the plain"
counts = {}
for ch in text.lower():
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
print(max(counts, key=lambda k: (counts[k], k)))
words = text.split()
print(len(words), [w for w in words if "ain" in w])
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(" ".join(w[::-1] for w in words))
print("".join(c.upper() if i % 2 else c for i, c in enumerate("alternating")))
vowels = sum(1 for c in text if c in "aeiouAEIOU")
print("vowels", vowels)
print([text.find("ain", i) for i in range(0, 40, 10)])
pos = []
i = text.find("in")
while i != -1:
    pos.append(i)
    i = text.find("in", i + 1)
print(pos)
print(text.title(), text.swapcase())
acronym = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acronym)
print(list(enumerate("abc", 1)), list(zip("abc", "12")))
print(ord(max(text)), ord(min(text)))
