# --8<-- [start:key]
scores = [90, 85]
alias = scores
alias.append(70)  # list: changed in place, both names see it
print(scores)
#> [90, 85, 70]

name = original = "ada"
name += " lovelace"  # str: a new object; original is untouched
print(original, "|", name)
#> ada | ada lovelace
print({(1, 2): "tuple key"}[(1, 2)])  # immutable, so hashable
#> tuple key
# --8<-- [end:key]

# --8<-- [start:identity]
items = [1, 2]
before = id(items)
items += [3]  # list.__iadd__ extends the same object
print(id(items) == before)
#> True

point = (1, 2)
before = id(point)
point += (3,)  # a tuple has no in-place add: a new tuple is built
print(id(point) == before)
#> False
# --8<-- [end:identity]

# --8<-- [start:keys]
print(list.__hash__, dict.__hash__, set.__hash__)  # no hash at all
#> None None None
try:
    prices = {["apple", "red"]: 1.2}
except TypeError as error:
    print(type(error).__name__, "unhashable" in str(error))
#> TypeError True

frozen = frozenset({"red", "green"})  # the immutable set can be a key
print({frozen: "traffic"}[frozenset({"green", "red"})])
#> traffic
# --8<-- [end:keys]


# --8<-- [start:broken-hash]
class Product:
    def __init__(self, sku: str) -> None:
        self.sku = sku

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Product) and other.sku == self.sku

    def __hash__(self) -> int:
        return hash(self.sku)  # hash depends on mutable state


pen = Product("PEN-1")
stock = {pen}
pen.sku = "PEN-2"  # mutate it while it sits in a set
print(pen in stock, any(item is pen for item in stock))
#> False True
# --8<-- [end:broken-hash]

# --8<-- [start:tuple-with-list]
order = ("ada", ["pen"])
try:
    hash(order)
except TypeError as error:
    print(type(error).__name__, error)
#> TypeError unhashable type: 'list'
# --8<-- [end:tuple-with-list]

# --8<-- [start:tuple-iadd]
order = ("ada", ["pen"])
try:
    order[1] += ["ink"]  # list.__iadd__ runs, then tuple item assignment fails
except TypeError as error:
    print(type(error).__name__, error)
#> TypeError 'tuple' object does not support item assignment
print(order)
#> ('ada', ['pen', 'ink'])
# --8<-- [end:tuple-iadd]


# --8<-- [start:default-arg]
def add_item(item: str, basket: list[str] = []) -> list[str]:  # noqa: B006
    basket.append(item)
    return basket


print(add_item("pen"), add_item("ink"))  # one list, made when def ran
#> ['pen', 'ink'] ['pen', 'ink']


def add_item_safely(item: str, basket: list[str] | None = None) -> list[str]:
    basket = [] if basket is None else basket
    basket.append(item)
    return basket


print(add_item_safely("pen"), add_item_safely("ink"))
#> ['pen'] ['ink']
# --8<-- [end:default-arg]
