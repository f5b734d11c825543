import random


# --8<-- [start:copy]
def longest_unique(text: str) -> str:
    last_seen: dict[str, int] = {}
    start = best_start = best_len = 0
    for end, char in enumerate(text):
        if last_seen.get(char, -1) >= start:
            start = last_seen[char] + 1
        last_seen[char] = end
        if end - start + 1 > best_len:
            best_start, best_len = start, end - start + 1
    return text[best_start : best_start + best_len]


# --8<-- [end:copy]


# --8<-- [start:brute]
def longest_unique_brute(text: str) -> str:
    best = ""
    for start in range(len(text)):
        seen: set[str] = set()
        for end in range(start, len(text)):  # grow until the first repeat
            if text[end] in seen:
                break
            seen.add(text[end])
            if end - start + 1 > len(best):
                best = text[start : end + 1]
    return best


print(repr(longest_unique_brute("pwwkew")), repr(longest_unique_brute("")))
#> 'wke' ''
# --8<-- [end:brute]

# --8<-- [start:agreement]
rng = random.Random(7)
trials, same = 3000, 0
for _ in range(trials):
    text = "".join(rng.choices("abcde", k=rng.randint(0, 15)))
    same += longest_unique(text) == longest_unique_brute(text)
print(f"same substring on {same} of {trials} random strings")
#> same substring on 3000 of 3000 random strings
# --8<-- [end:agreement]
