import sys
from collections import OrderedDict

# --8<-- [start:key]
stock = {"pears": 3, "apples": 5}
stock["figs"] = 1  # a new key goes to the end
stock["pears"] = 4  # a new value keeps the old position
print(list(stock))
#> ['pears', 'apples', 'figs']
del stock["pears"]
stock["pears"] = 0  # delete, then insert: now it is last
print(list(stock))
#> ['apples', 'figs', 'pears']
# --8<-- [end:key]


# --8<-- [start:lookup]
class Sku:
    """A key that reports every hash and equality check the dict makes."""

    def __init__(self, code: str) -> None:
        self.code = code

    def __hash__(self) -> int:
        print(f"hash {self.code}")
        return hash(self.code)

    def __eq__(self, other: object) -> bool:
        print(f"eq {self.code}")
        return isinstance(other, Sku) and self.code == other.code


prices = {Sku("A1"): 9.5, Sku("B2"): 4.0}  # one hash per insert
#> hash A1
#> hash B2
print(prices[Sku("B2")])  # hash once, jump to the slot, confirm with ==
#> hash B2
#> eq B2
#> 4.0
# --8<-- [end:lookup]

# --8<-- [start:growth]
catalog: dict[str, int] = {}
size = sys.getsizeof(catalog)
grew_at = []
for count in range(1, 30):
    catalog[f"item{count}"] = count
    if sys.getsizeof(catalog) != size:
        size = sys.getsizeof(catalog)
        grew_at.append(count)
print(grew_at)  # resizes once the table is 2/3 full
#> [1, 6, 11, 22]

sparse = dict.fromkeys(range(1000))
full_size = sys.getsizeof(sparse)
for key in range(999):
    del sparse[key]  # leaves a tombstone; the arrays never shrink
print(sys.getsizeof(sparse) == full_size)
#> True
print(sys.getsizeof(dict(sparse)) < full_size)  # a rebuilt dict is compact
#> True
# --8<-- [end:growth]

# --8<-- [start:equality]
first = {"a": 1, "b": 2}
second = {"b": 2, "a": 1}
print(first == second)  # dict equality ignores order
#> True
print(OrderedDict(first) == OrderedDict(second))  # OrderedDict's does not
#> False
print(next(reversed(first)), first.popitem())  # last key; popitem is LIFO
#> b ('b', 2)
# --8<-- [end:equality]

# --8<-- [start:sets]
print(list({30, 1, 20}))  # a set is ordered by hash, not by insertion
#> [1, 20, 30]
print(list(dict.fromkeys([30, 1, 20])))  # an insertion-ordered "set"
#> [30, 1, 20]
# --8<-- [end:sets]
