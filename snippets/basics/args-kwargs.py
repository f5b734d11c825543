import functools
from collections.abc import Callable
from typing import Any


# --8<-- [start:key]
def describe(*args, **kwargs):
    print(args, kwargs)  # a tuple and a dict


describe(1, 2, colour="red", size="L")
#> (1, 2) {'colour': 'red', 'size': 'L'}

sizes = (3, 4)
options = {"sep": " x "}
print(*sizes, **options)  # at a call: unpack into arguments
#> 3 x 4
# --8<-- [end:key]


# --8<-- [start:order]
def place_order(item, /, quantity=1, *extras, express, **meta):
    print(item, quantity, extras, express, meta)


place_order("pen", 2, "gift-wrap", "card", express=True, channel="web")
#> pen 2 ('gift-wrap', 'card') True {'channel': 'web'}

try:
    place_order("pen", 2, True)  # express is keyword-only: after *extras
except TypeError as error:
    print(error)
#> place_order() missing 1 required keyword-only argument: 'express'

try:
    place_order(item="pen", express=False)  # item is positional-only: before /
except TypeError as error:
    print(error)
#> place_order() missing 1 required positional argument: 'item'
# --8<-- [end:order]


# --8<-- [start:forward]
def logged(func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        print(f"calling {func.__name__} with {args} {kwargs}")
        return func(*args, **kwargs)  # forward everything unchanged

    return wrapper


@logged
def total(price: float, quantity: int = 1, *, discount: float = 0.0) -> float:
    return price * quantity - discount


print(total(9.5, 2, discount=1.0))
#> calling total with (9.5, 2) {'discount': 1.0}
#> 18.0
# --8<-- [end:forward]


# --8<-- [start:new-dict]
def set_defaults(**settings):
    settings["retries"] = 3  # changes the function's own dict
    return settings


config = {"timeout": 10}
print(set_defaults(**config), config)
#> {'timeout': 10, 'retries': 3} {'timeout': 10}
# --8<-- [end:new-dict]

# --8<-- [start:duplicates]
try:
    set_defaults(**{"timeout": 10}, timeout=20)
except TypeError as error:
    print(error)
#> __main__.set_defaults() got multiple values for keyword argument 'timeout'
try:
    compile("set_defaults(timeout=10, timeout=20)", "<call>", "exec")
except SyntaxError as error:  # written out twice: caught by the compiler
    print(type(error).__name__, error.msg)
#> SyntaxError keyword argument repeated: timeout
print({**{"timeout": 10}, "timeout": 20})  # in a dict display, the last wins
#> {'timeout': 20}
# --8<-- [end:duplicates]


# --8<-- [start:tuple]
def collect(*codes: str) -> list[str]:
    try:
        codes.append("Z")
    except AttributeError as error:
        print(error)
    return [*codes, "Z"]  # copy into a list to change it


print(collect("A", "B"))
#> 'tuple' object has no attribute 'append'
#> ['A', 'B', 'Z']
# --8<-- [end:tuple]
