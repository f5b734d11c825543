import sys
from collections.abc import Generator, Iterator


# --8<-- [start:key]
def squares_list(limit: int) -> list[int]:
    return [n * n for n in range(limit)]  # all, then exit


def squares_gen(limit: int) -> Iterator[int]:
    for n in range(limit):
        yield n * n  # hand out one value, pause here


gen = squares_gen(4)
print(squares_list(4), type(gen).__name__, next(gen), list(gen))
#> [0, 1, 4, 9] generator 0 [1, 4, 9]
# --8<-- [end:key]


# --8<-- [start:lazy]
def read_orders() -> Iterator[str]:
    print("  opening")
    yield "order-1"
    print("  resuming after order-1")
    yield "order-2"
    print("  finished")


orders = read_orders()  # nothing runs yet
print("created")
#> created
for order in orders:
    print(order)
#>   opening
#> order-1
#>   resuming after order-1
#> order-2
#>   finished
# --8<-- [end:lazy]

# --8<-- [start:memory]
small, large = squares_gen(10), squares_gen(1_000_000)
print(sys.getsizeof(small) == sys.getsizeof(large))  # size does not grow with n
#> True
print(sys.getsizeof(large) < sys.getsizeof(squares_list(10_000)))
#> True
print(sum(large))  # values are produced one at a time, never stored
#> 333332833333500000
# --8<-- [end:memory]

# --8<-- [start:exhausted]
gen = squares_gen(3)
print(list(gen), list(gen))  # a generator runs only once
#> [0, 1, 4] []
# --8<-- [end:exhausted]


# --8<-- [start:return-in-generator]
def countdown(start: int) -> Generator[int, None, str]:
    while start > 0:
        yield start
        start -= 1
    return "liftoff"  # ends the generator; the value rides on StopIteration


print(list(countdown(3)))  # a for loop or list() drops the returned value
#> [3, 2, 1]

steps = countdown(1)
print(next(steps))
#> 1
try:
    next(steps)
except StopIteration as stop:
    print(type(stop).__name__, stop.value)
#> StopIteration liftoff


def launch() -> Iterator[int]:
    message = yield from countdown(2)  # yield from hands the value back
    print(message)


print(list(launch()))
#> liftoff
#> [2, 1]
# --8<-- [end:return-in-generator]


# --8<-- [start:dead-yield]
def audit(amount: float):
    print("auditing", amount)
    return amount
    yield  # never reached, but it makes audit a generator function


result = audit(100.0)
print(type(result).__name__)  # the body did not run
#> generator
# --8<-- [end:dead-yield]
