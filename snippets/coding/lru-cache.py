import gc
import weakref
from collections import OrderedDict
from functools import cache, lru_cache


# --8<-- [start:cache]
class LRUCache:
    """A mapping of at most `capacity` keys that evicts the least recently used one."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.items: OrderedDict[str, int] = OrderedDict()  # oldest first

    # --8<-- [start:key]
    def get(self, key: str) -> int | None:
        if key not in self.items:
            return None
        self.items.move_to_end(key)  # now the most recent
        return self.items[key]

    def put(self, key: str, value: int) -> None:
        self.items[key] = value
        self.items.move_to_end(key)  # a write is a use too
        if len(self.items) > self.capacity:
            self.items.popitem(last=False)  # drop the oldest
    # --8<-- [end:key]
# --8<-- [end:cache]


# --8<-- [start:edges]
recent = LRUCache(2)
recent.put("a", 1)
recent.put("b", 2)
print(recent.get("a"))  # hit: "a" becomes the most recent
#> 1
recent.put("c", 3)  # full: evicts "b", the least recently used
print(recent.get("b"), list(recent.items))
#> None ['a', 'c']
recent.put("a", 10)  # updating a key refreshes it; nothing is evicted
print(list(recent.items.items()))
#> [('c', 3), ('a', 10)]
print(recent.get("missing"))  # a miss
#> None
empty = LRUCache(0)  # capacity 0 stores nothing
empty.put("x", 1)
print(empty.get("x"), len(empty.items))
#> None 0
# --8<-- [end:edges]


# --8<-- [start:functools]
@lru_cache(maxsize=2)
def square(number: int) -> int:
    print(f"computing {number}")
    return number * number


square(2)
#> computing 2
square(3)
#> computing 3
square(2)  # hit: 2 is now the most recent
square(4)  # full: evicts 3
#> computing 4
square(3)  # miss again: computed a second time
#> computing 3
print(square.cache_info())
#> CacheInfo(hits=1, misses=4, maxsize=2, currsize=2)
print(lru_cache(len).cache_info().maxsize)  # the default size
#> 128
# --8<-- [end:functools]

# --8<-- [start:unhashable]
try:
    square([2])  # arguments become a dict key, so they must be hashable
except TypeError as error:
    print(type(error).__name__, error)
#> TypeError unhashable type: 'list'
# --8<-- [end:unhashable]


# --8<-- [start:method]
class Report:
    @cache  # noqa: B019 - the leak this block demonstrates
    def total(self) -> int:
        return 42


report = Report()
report.total()
alive = weakref.ref(report)
del report
gc.collect()
print(alive() is not None)  # the cache still holds `self`
#> True
Report.total.cache_clear()
print(alive() is None)
#> True
# --8<-- [end:method]
