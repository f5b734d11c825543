from collections.abc import Callable
from functools import partial
from operator import mul

# --8<-- [start:key]
multipliers = [lambda x: x * i for i in range(3)]  # noqa: B023
print([times(10) for times in multipliers])  # i read at call
#> [20, 20, 20]

fixed = [lambda x, i=i: x * i for i in range(3)]
print([times(10) for times in fixed])  # default bound at def
#> [0, 10, 20]
# --8<-- [end:key]

# --8<-- [start:cells]
# Each lambda closes over the same variable (one cell), not over a value.
cells = {id(times.__closure__[0]) for times in multipliers}
print(len(cells), multipliers[0].__closure__[0].cell_contents)
#> 1 2
# --8<-- [end:cells]


# --8<-- [start:loop]
def make_handlers() -> list[Callable[[], str]]:
    handlers = []
    for name in ["save", "load"]:
        handlers.append(lambda: f"clicked {name}")  # noqa: B023
    name = "quit"  # any later rebinding is what the closures see
    return handlers


print([handler() for handler in make_handlers()])
#> ['clicked quit', 'clicked quit']
# --8<-- [end:loop]


# --8<-- [start:fixes]
def make_multiplier(factor: int) -> Callable[[int], int]:
    return lambda x: x * factor  # a new scope, so a new cell, per call


by_factory = [make_multiplier(i) for i in range(3)]
by_partial = [partial(mul, i) for i in range(3)]  # binds the value now
print([f(10) for f in by_factory], [f(10) for f in by_partial])
#> [0, 10, 20] [0, 10, 20]
# --8<-- [end:fixes]

# --8<-- [start:default-leak]
print(fixed[2](10, 7))  # the "fix" adds a parameter callers can override
#> 70
# --8<-- [end:default-leak]

# --8<-- [start:not-lambda]
functions = []
for i in range(3):

    def show() -> int:  # a def behaves exactly like the lambda
        return i  # noqa: B023

    functions.append(show)
print([f() for f in functions])
#> [2, 2, 2]
# --8<-- [end:not-lambda]
