import random
import sys
from collections.abc import Iterator
from typing import Any


# --8<-- [start:copy]
def flatten(data: dict, sep: str = ".") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    def walk(node: dict, prefix: str) -> None:
        for key, value in node.items():
            path = f"{prefix}{key}"
            if isinstance(value, dict) and value:
                walk(value, path + sep)
            else:
                flat[path] = value

    walk(data, "")
    return flat


# --8<-- [end:copy]


# --8<-- [start:iterative]
def flatten_iterative(data: dict, sep: str = ".") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    stack: list[tuple[str, Iterator[tuple[Any, Any]]]] = [("", iter(data.items()))]
    while stack:
        prefix, items = stack[-1]
        for key, value in items:  # resumes where this level stopped
            path = f"{prefix}{key}"
            if isinstance(value, dict) and value:
                stack.append((path + sep, iter(value.items())))
                break  # go deeper first, like the recursion does
            flat[path] = value
        else:
            stack.pop()  # this level is finished
    return flat


print(flatten_iterative({"db": {"host": "localhost"}, "debug": False, "cache": {}}))
#> {'db.host': 'localhost', 'debug': False, 'cache': {}}
# --8<-- [end:iterative]


# --8<-- [start:agreement]
def random_tree(rng: random.Random, depth: int) -> dict:
    tree: dict = {}
    for _ in range(rng.randint(0, 4)):
        key = rng.choice(["a", "b", "c", "", 1])
        tree[key] = random_tree(rng, depth - 1) if depth and rng.random() < 0.5 else rng.random()
    return tree


rng = random.Random(9)
trials = 1000
same = sum(
    list(flatten(tree).items()) == list(flatten_iterative(tree).items())
    for tree in (random_tree(rng, 4) for _ in range(trials))
)
print(f"same keys, values and order: {same} of {trials}")
#> same keys, values and order: 1000 of 1000
# --8<-- [end:agreement]

# --8<-- [start:deep]
print(sys.getrecursionlimit())  # CPython's default
#> 1000
deep: dict = {"leaf": 1}
for _ in range(5_000):  # machine-generated data can nest this deep
    deep = {"k": deep}
try:
    flatten(deep)
except RecursionError as error:
    print(type(error).__name__)
#> RecursionError
print([len(key) for key in flatten_iterative(deep)])  # "k.k. ... .k.leaf"
#> [10004]
# --8<-- [end:deep]
