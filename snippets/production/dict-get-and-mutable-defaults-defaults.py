from dataclasses import dataclass, field


# --8<-- [start:fix]
def add_tag(tag: str, tags: list[str] | None = None) -> list[str]:
    if tags is None:  # a new list on every call that needs one
        tags = []
    tags.append(tag)
    return tags


print(add_tag("new"), add_tag("sale"))
#> ['new'] ['sale']
print(add_tag("sale", ["clearance"]))
#> ['clearance', 'sale']
# --8<-- [end:fix]

# --8<-- [start:evaluated-once]
batches = iter(range(1, 1_000))


def enqueue(job: str, batch_id: int = next(batches)) -> tuple[str, int]:
    return job, batch_id  # the default was computed once, when `def` ran


print(enqueue("resize"), enqueue("email"))
#> ('resize', 1) ('email', 1)
# --8<-- [end:evaluated-once]

# --8<-- [start:dataclass]
try:

    @dataclass
    class Cart:
        items: list[str] = []

except ValueError as error:
    print(error)
#> mutable default <class 'list'> for field items is not allowed: use default_factory


@dataclass
class Basket:
    items: list[str] = field(default_factory=list)


print(Basket().items is Basket().items)
#> False
# --8<-- [end:dataclass]
