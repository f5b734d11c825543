import sys
import timeit

# --8<-- [start:key]
point = (3, 4)  # fixed-size record: immutable, hashable
distances = {point: 5.0}  # so it can be a dict key
visited = {"home", "shop"}  # hash table: fast `in`
print("shop" in visited, distances[(3, 4)])
#> True 5.0
print(sorted(set([3, 1, 3, 2, 1])))  # deduplicate
#> [1, 2, 3]
try:
    {[3, 4]: 5.0}  # a list cannot be a key
except TypeError as error:
    print(type(error).__name__, "unhashable" in str(error))
#> TypeError True
# --8<-- [end:key]

# --8<-- [start:tour]
numbers = [42, 3.14, 2j, True]
text_and_bytes = ["café", b"caf\xc3\xa9", bytearray(b"ab")]
collections = [[1], (1,), range(3), {"k": 1}, {1}, frozenset({1})]
for group in (numbers, text_and_bytes, collections, [None]):
    print(" ".join(type(value).__name__ for value in group))
#> int float complex bool
#> str bytes bytearray
#> list tuple range dict set frozenset
#> NoneType
# --8<-- [end:tour]


# --8<-- [start:tuple-vs-list]
def origin_tuple() -> tuple[int, int]:
    return (0, 0)


def origin_list() -> list[int]:
    return [0, 0]


print(origin_tuple() is origin_tuple())  # one constant, built at compile time
#> True
print(origin_list() is origin_list())  # a new list on every call
#> False
tuple_size, list_size = sys.getsizeof((1, 2, 3)), sys.getsizeof([1, 2, 3])
print(tuple_size < list_size)  # items inline vs a separate array
#> True
# --8<-- [end:tuple-vs-list]

# --8<-- [start:membership]
order_ids = list(range(100_000))
order_id_set = set(order_ids)
list_time = min(timeit.repeat(lambda: 99_999 in order_ids, number=50, repeat=3))
set_time = min(timeit.repeat(lambda: 99_999 in order_id_set, number=50, repeat=3))
print(f"set lookup at least 100x faster: {set_time * 100 < list_time}")
#> set lookup at least 100x faster: True

print(sorted({"ada", "bob"} & {"bob", "cy"}), sorted({"ada", "bob"} - {"bob"}))
#> ['bob'] ['ada']
# --8<-- [end:membership]

# --8<-- [start:literals]
print(type({}).__name__, type(set()).__name__)  # {} is an empty dict
#> dict set
single = ("pen")  # parentheses alone make no tuple
pair = ("pen",)  # the comma does
print(type(single).__name__, type(pair).__name__)
#> str tuple
# --8<-- [end:literals]

# --8<-- [start:equal-items]
print(set([1, 1.0, True]))  # equal, with equal hashes: one item
#> {1}
print(dict([(1, "int"), (1.0, "float"), (True, "bool")]))  # first key, last value
#> {1: 'bool'}
# --8<-- [end:equal-items]

# --8<-- [start:order]
print(list({100, 1, 8}))  # slot order, not insertion order
#> [8, 1, 100]
print(list(dict.fromkeys([100, 1, 8])))  # dict keys keep insertion order
#> [100, 1, 8]
# --8<-- [end:order]
