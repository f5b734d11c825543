import sys
import tracemalloc
from collections.abc import Callable, Iterable, Iterator

# --8<-- [start:key]
squares_list = [n * n for n in range(100_000)]
squares_gen = (n * n for n in range(100_000))
print(sys.getsizeof(squares_list))  # pointers + spare slots
#> 800984
print(sys.getsizeof(squares_gen) < 300)  # same for any length
#> True
print(sum(squares_gen) == sum(squares_list))
#> True
print(sum(squares_gen))  # already used up: single pass only
#> 0
# --8<-- [end:key]


# --8<-- [start:peak]
def peak_bytes(work: Callable[[], object]) -> int:
    """Peak memory Python allocated while work() ran."""
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


list_peak = peak_bytes(lambda: sum([n * n for n in range(50_000)]))
gen_peak = peak_bytes(lambda: sum(n * n for n in range(50_000)))
print(f"list over 1.5 MB: {list_peak > 1_500_000}, generator under 2 KB: {gen_peak < 2_000}")
#> list over 1.5 MB: True, generator under 2 KB: True
# --8<-- [end:peak]


# --8<-- [start:lazy]
def read_lines() -> Iterator[str]:
    for line in ["7,ok", "bad", "12,ok"]:  # stands in for a huge file
        print(f"  read {line!r}")
        yield line


def parse(lines: Iterable[str]) -> Iterator[int]:
    for line in lines:
        if "," in line:
            print(f"  parsed {line!r}")
            yield int(line.split(",")[0])


print(sum(parse(read_lines())))  # one line in flight at a time
#>   read '7,ok'
#>   parsed '7,ok'
#>   read 'bad'
#>   read '12,ok'
#>   parsed '12,ok'
#> 19
# --8<-- [end:lazy]

# --8<-- [start:getsizeof]
fifty_k = [n * n for n in range(50_000)]
print(sys.getsizeof(fifty_k))  # the pointer array only
#> 444376
print(list_peak > 3 * sys.getsizeof(fifty_k))  # the int objects cost more
#> True
# --8<-- [end:getsizeof]

# --8<-- [start:range]
ids = range(10**12)  # a lazy sequence, not a generator
print(len(ids), ids[-1], 10**11 in ids)  # len, indexing, O(1) membership
#> 1000000000000 999999999999 True
print(sum(ids[:3]), sum(ids[:3]))  # reusable as often as you like
#> 3 3
try:
    len(n for n in ids)
except TypeError as error:
    print(type(error).__name__, error)
#> TypeError object of type 'generator' has no len()
# --8<-- [end:range]
