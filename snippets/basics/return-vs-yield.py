import inspect
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

# --8<-- [start:paused]
def running_total(prices: list[float]) -> Iterator[float]:
    total = 0.0
    for price in prices:
        total += price
        yield total  # pause here; `total` and the loop survive


totals = running_total([5.0, 7.5])
print(inspect.getgeneratorstate(totals))  # called, not started
#> GEN_CREATED
print(next(totals), inspect.getgeneratorstate(totals))
#> 5.0 GEN_SUSPENDED
print(totals.gi_frame.f_locals["total"])  # the paused frame
#> 5.0
print(list(totals), inspect.getgeneratorstate(totals))
#> [12.5] GEN_CLOSED
# --8<-- [end:paused]

# --8<-- [start:after-last-yield]
def export_rows() -> Iterator[str]:
    print("  open file")
    yield "row-1"
    yield "row-2"
    print("  close file")  # runs only when asked for a third row


rows = export_rows()
print(next(rows), next(rows))  # took both rows, never asked again
#>   open file
#> row-1 row-2
print(list(export_rows()))  # list() asks until StopIteration
#>   open file
#>   close file
#> ['row-1', 'row-2']
# --8<-- [end:after-last-yield]


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
