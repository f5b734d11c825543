import heapq

# --8<-- [start:key]
from collections import Counter


def top_k(items: list[str], k: int) -> list[str]:
    counts = Counter(items)  # O(n)
    return [item for item, _ in counts.most_common(k)]


print(top_k("the cat and the hat and the bat".split(), 2))
#> ['the', 'and']
# --8<-- [end:key]

# --8<-- [start:edges]
print(top_k([], 3))  # empty input
#> []
print(top_k(["x"], 1))  # single element
#> ['x']
print(top_k(["a", "b", "a"], 10))  # k larger than the number of distinct items
#> ['a', 'b']
print(top_k(["a", "b", "a"], 0), top_k(["a", "b", "a"], -1))  # k <= 0
#> [] []
# --8<-- [end:edges]

# --8<-- [start:ties]
words = "fig pear apple pear fig apple kiwi".split()  # three words tie at 2
counts = Counter(words)
print(counts.most_common(2))  # ties keep first-seen order: fig, pear, apple
#> [('fig', 2), ('pear', 2)]
print(Counter(reversed(words)).most_common(2))  # same counts, other order
#> [('apple', 2), ('fig', 2)]
by_count_then_name = sorted(counts, key=lambda word: (-counts[word], word))
print(by_count_then_name[:2])  # the explicit rule: ties alphabetically
#> ['apple', 'fig']
# --8<-- [end:ties]

# --8<-- [start:tuples]
pairs = [(count, word) for word, count in counts.items()]
print(heapq.nlargest(2, pairs))  # equal counts: the larger *word* wins
#> [(2, 'pear'), (2, 'fig')]
try:
    heapq.nlargest(1, [(1, "a"), (1, None)])  # a tie compares "a" with None
except TypeError as error:
    print(type(error).__name__, error)
#> TypeError '>' not supported between instances of 'NoneType' and 'str'
# --8<-- [end:tuples]
