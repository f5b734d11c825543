import random
import sys
import timeit
from collections import OrderedDict


# --8<-- [start:copy]
class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.items: OrderedDict[str, int] = OrderedDict()

    def get(self, key: str) -> int | None:
        if key not in self.items:
            return None
        self.items.move_to_end(key)
        return self.items[key]

    def put(self, key: str, value: int) -> None:
        self.items[key] = value
        self.items.move_to_end(key)
        if len(self.items) > self.capacity:
            self.items.popitem(last=False)


# --8<-- [end:copy]


# --8<-- [start:dict]
class DictLRUCache:
    """The same cache on a plain dict, which keeps insertion order."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.items: dict[str, int] = {}

    def get(self, key: str) -> int | None:
        if key not in self.items:
            return None
        self.items[key] = self.items.pop(key)  # re-insert: now the newest
        return self.items[key]

    def put(self, key: str, value: int) -> None:
        self.items.pop(key, None)
        self.items[key] = value
        if len(self.items) > self.capacity:
            del self.items[next(iter(self.items))]  # the oldest is first
# --8<-- [end:dict]


# --8<-- [start:agreement]
rng = random.Random(11)
trials, same = 300, 0
for _ in range(trials):
    capacity = rng.randint(0, 4)
    ordered, plain = LRUCache(capacity), DictLRUCache(capacity)
    results: list[tuple] = []
    for _ in range(30):
        key = rng.choice("abcdef")
        if rng.random() < 0.5:
            results.append((ordered.get(key), plain.get(key)))
        else:
            value = rng.randint(0, 9)
            ordered.put(key, value)
            plain.put(key, value)
    results.append((list(ordered.items.items()), list(plain.items.items())))
    same += all(left == right for left, right in results)
print(f"same gets and same final contents: {same} of {trials}")
#> same gets and same final contents: 300 of 300
# --8<-- [end:agreement]


# --8<-- [start:eviction-cost]
def first_key_seconds(mapping: dict) -> float:
    return min(timeit.repeat(lambda: next(iter(mapping)), number=20, repeat=3))


plain = dict.fromkeys(range(200_000))
ordered = OrderedDict.fromkeys(range(200_000))
full_size = sys.getsizeof(plain)
for key in range(199_000):  # evict from the front, as an LRU cache does
    del plain[key]
    del ordered[key]
print(len(plain), sys.getsizeof(plain) == full_size)  # deleting never shrinks
#> 1000 True
slow, fast = first_key_seconds(plain), first_key_seconds(ordered)
print(f"finding the oldest key over 50x slower in the dict: {slow > 50 * fast}")
#> finding the oldest key over 50x slower in the dict: True
# --8<-- [end:eviction-cost]
