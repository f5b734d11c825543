from typing import Any


# --8<-- [start:key]
def flatten(data: dict, sep: str = ".") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    def walk(node: dict, prefix: str) -> None:
        for key, value in node.items():
            path = f"{prefix}{key}"
            if isinstance(value, dict) and value:  # {} = leaf
                walk(value, path + sep)
            else:
                flat[path] = value

    walk(data, "")
    return flat
# --8<-- [end:key]


# --8<-- [start:edges]
config = {"db": {"host": "localhost", "ports": [5432, 5433]}, "debug": False, "cache": {}}
print(flatten(config))  # lists are values; the empty dict survives
#> {'db.host': 'localhost', 'db.ports': [5432, 5433], 'debug': False, 'cache': {}}
print(flatten({}))  # empty input
#> {}
print(flatten({"a": {"b": {"c": 1}}}, sep="/"))  # any separator
#> {'a/b/c': 1}
print(flatten({1: {2: "x"}}))  # non-string keys become strings
#> {'1.2': 'x'}
# --8<-- [end:edges]

# --8<-- [start:collision]
print(flatten({"a.b": 1, "a": {"b": 2}}))  # two paths, one key: 1 is lost
#> {'a.b': 2}
# --8<-- [end:collision]


# --8<-- [start:naive]
def flatten_naive(data: dict, prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        path = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            flat.update(flatten_naive(value, path))  # {} adds nothing
        else:
            flat[path] = value
    return flat


print(flatten_naive({"debug": False, "cache": {}}))  # "cache" is gone
#> {'debug': False}
print(flatten_naive({"": {"a": 1}}), flatten({"": {"a": 1}}))  # falsy prefix
#> {'a': 1} {'.a': 1}
# --8<-- [end:naive]
