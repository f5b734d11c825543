import random
from collections import Counter


# --8<-- [start:buckets]
def top_k_buckets(items: list[str], k: int) -> list[str]:
    counts = Counter(items)
    buckets: list[list[str]] = [[] for _ in range(len(items) + 1)]
    for item, count in counts.items():  # first-seen order inside each bucket
        buckets[count].append(item)
    result: list[str] = []
    for bucket in reversed(buckets):  # highest count first
        result.extend(bucket)
    return result[: max(k, 0)]


print(top_k_buckets("the cat and the hat and the bat".split(), 2))
#> ['the', 'and']
# --8<-- [end:buckets]

# --8<-- [start:agreement]
rng = random.Random(2)
trials, same = 1000, 0
for _ in range(trials):
    items = rng.choices("abcdef", k=rng.randint(0, 15))
    k = rng.randint(0, 7)
    same += top_k_buckets(items, k) == [item for item, _ in Counter(items).most_common(k)]
print(f"same items in the same order as most_common: {same} of {trials}")
#> same items in the same order as most_common: 1000 of 1000
# --8<-- [end:agreement]
