# --8<-- [start:key]
from collections import defaultdict


def group_anagrams(words: list[str]) -> list[list[str]]:
    groups: defaultdict[str, list[str]] = defaultdict(list)
    for word in words:
        groups["".join(sorted(word))].append(word)
    return list(groups.values())  # in order of first appearance


print(group_anagrams(["eat", "tea", "tan", "nat", "bat"]))
#> [['eat', 'tea'], ['tan', 'nat'], ['bat']]
# --8<-- [end:key]

# --8<-- [start:edges]
print(group_anagrams([]))  # no words, no groups
#> []
print(group_anagrams([""]))  # the empty string is a word with key ""
#> [['']]
print(group_anagrams(["a"]))  # single word
#> [['a']]
print(group_anagrams(["ab", "ba", "ab"]))  # duplicates stay, in input order
#> [['ab', 'ba', 'ab']]
print(group_anagrams(["Tea", "eat"]))  # case matters: "Tea" sorts to "Tae"
#> [['Tea'], ['eat']]
# --8<-- [end:edges]

# --8<-- [start:list-key]
groups: dict = {}
try:
    groups[sorted("eat")] = ["eat"]  # a list cannot be a dict key
except TypeError as error:
    print(type(error).__name__, "unhashable" in str(error))
#> TypeError True
groups["".join(sorted("eat"))] = ["eat"]  # a str works
groups[tuple(sorted("eat"))] = ["eat"]  # so does a tuple
print(list(groups))
#> ['aet', ('a', 'e', 't')]
# --8<-- [end:list-key]


# --8<-- [start:normalise]
def anagram_key(phrase: str) -> str:
    letters = (char for char in phrase.casefold() if char.isalnum())
    return "".join(sorted(letters))


print(anagram_key("Dormitory") == anagram_key("dirty room!"))
#> True
print(anagram_key("Straße") == anagram_key("strasse"))  # casefold: ß -> ss
#> True
# --8<-- [end:normalise]

# --8<-- [start:counter-key]
from collections import Counter


def counter_key(word: str) -> frozenset[tuple[str, int]]:
    return frozenset(Counter(word).items())  # any alphabet, order-free


print(counter_key("listen") == counter_key("silent"))
#> True
# --8<-- [end:counter-key]
