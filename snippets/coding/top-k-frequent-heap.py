import heapq
import random
from collections import Counter
from operator import itemgetter


# --8<-- [start:heap]
def top_k_heap(items: list[str], k: int) -> list[str]:
    counts = Counter(items)
    return heapq.nlargest(k, counts, key=counts.get)  # O(m log k)


print(top_k_heap("the cat and the hat and the bat".split(), 2))
#> ['the', 'and']
# --8<-- [end:heap]

# --8<-- [start:stable]
rng = random.Random(1)
checks = same = 0
for _ in range(500):
    counts = Counter(rng.choices("abcdefgh", k=rng.randint(0, 20)))  # many ties
    stable_order = sorted(counts.items(), key=itemgetter(1), reverse=True)  # stable sort
    for k in range(len(counts) + 2):  # k = 1 and k >= m take special paths in nlargest
        checks += 1
        same += (
            counts.most_common(k)
            == [(item, counts[item]) for item in heapq.nlargest(k, counts, key=counts.get)]
            == stable_order[:k]
        )
print(f"most_common, nlargest and a stable sort agree: {same} of {checks}")
#> most_common, nlargest and a stable sort agree: 3581 of 3581
# --8<-- [end:stable]
