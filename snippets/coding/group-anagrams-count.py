import random
from collections import defaultdict


# --8<-- [start:copy]
def group_anagrams(words: list[str]) -> list[list[str]]:
    groups: defaultdict[str, list[str]] = defaultdict(list)
    for word in words:
        groups["".join(sorted(word))].append(word)
    return list(groups.values())


# --8<-- [end:copy]


# --8<-- [start:count]
def letter_counts(word: str) -> tuple[int, ...]:
    counts = [0] * 26  # assumes lowercase a-z only
    for char in word:
        counts[ord(char) - ord("a")] += 1
    return tuple(counts)  # a tuple is hashable, a list is not


def group_anagrams_by_count(words: list[str]) -> list[list[str]]:
    groups: defaultdict[tuple[int, ...], list[str]] = defaultdict(list)
    for word in words:
        groups[letter_counts(word)].append(word)
    return list(groups.values())


print(group_anagrams_by_count(["eat", "tea", "tan", "nat", "bat"]))
#> [['eat', 'tea'], ['tan', 'nat'], ['bat']]
# --8<-- [end:count]

# --8<-- [start:agreement]
rng = random.Random(3)
trials, same = 500, 0
for _ in range(trials):
    words = ["".join(rng.choices("abc", k=rng.randint(0, 4))) for _ in range(rng.randint(0, 12))]
    same += group_anagrams(words) == group_anagrams_by_count(words)
print(f"identical groups, same order: {same} of {trials}")
#> identical groups, same order: 500 of 500
# --8<-- [end:agreement]

# --8<-- [start:ascii-only]
print(letter_counts("Tea") == letter_counts("ean"))  # ord("T") - 97 == -13
#> True
print(letter_counts("Tea")[13], letter_counts("ean")[13])  # index -13 is 13: "n"
#> 1 1
try:
    letter_counts("café")  # ord("é") - 97 == 136
except IndexError as error:
    print(type(error).__name__, error)
#> IndexError list index out of range
# --8<-- [end:ascii-only]
