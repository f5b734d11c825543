from collections import defaultdict

# --8<-- [start:key]
stock = {"apple": 3}
print(stock.get("plum"), stock.get("plum", 0))  # no exception
#> None 0


def add_tag(tag, tags=[]):  # noqa: B006 - the bug on purpose
    tags.append(tag)  # the default list was built once, at def
    return tags


print(add_tag("new"), add_tag("sale"))  # both calls share it
#> ['new', 'sale'] ['new', 'sale']
print(add_tag.__defaults__)
#> (['new', 'sale'],)
# --8<-- [end:key]

# --8<-- [start:keyerror]
try:
    stock["plum"]  # a missing key is an error here, and fails loudly
except KeyError as error:
    print(type(error).__name__, error)
#> KeyError 'plum'
# --8<-- [end:keyerror]

# --8<-- [start:none-or-missing]
settings = {"timeout": None}  # None stored on purpose: "no timeout"
print(settings.get("timeout"), settings.get("retries"))  # indistinguishable
#> None None
print("timeout" in settings, "retries" in settings)
#> True False

_MISSING = object()  # a sentinel no caller can pass by accident
print(settings.get("retries", _MISSING) is _MISSING)
#> True
# --8<-- [end:none-or-missing]

# --8<-- [start:eager-default]
database_reads: list[str] = []


def load_from_database(key: str) -> int:
    database_reads.append(key)
    return 0


print(stock.get("apple", load_from_database("apple")))  # key exists...
#> 3
print(database_reads)  # ...but the default was computed anyway
#> ['apple']

count = stock["apple"] if "apple" in stock else load_from_database("apple")
print(count, database_reads)  # no second read: the fallback runs only when needed
#> 3 ['apple']
# --8<-- [end:eager-default]

# --8<-- [start:defaultdict]
orders_by_customer: defaultdict[str, list[int]] = defaultdict(list)
orders_by_customer["ada"].append(7)
print(orders_by_customer.get("bob"), len(orders_by_customer))  # get() never calls list()
#> None 1
if orders_by_customer["bob"]:  # a read with [] inserts an empty list
    pass
print(dict(orders_by_customer))
#> {'ada': [7], 'bob': []}
# --8<-- [end:defaultdict]
