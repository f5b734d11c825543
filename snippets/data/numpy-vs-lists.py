# requires: numpy>=2
import sys
import time
import timeit

import numpy as np


def best_time(work, repeats: int) -> float:
    """CPU seconds of the fastest of several runs: other processes barely affect it."""
    return min(timeit.repeat(work, number=1, repeat=repeats, timer=time.process_time))


# --8<-- [start:key]
prices = np.arange(1_000_000, dtype=np.float64)
prices_list = prices.tolist()  # same values, Python floats
print(prices.itemsize, prices.nbytes)  # raw 8-byte doubles
#> 8 8000000
slots = sys.getsizeof(prices_list) - sys.getsizeof([])
objects = sum(map(sys.getsizeof, prices_list))
print(slots // len(prices_list), objects // len(prices_list))
#> 8 24
print(type(prices_list[1]).__name__, sys.getsizeof(1.5))
#> float 24
print(prices.sum() == sum(prices_list))  # same numbers
#> True
# --8<-- [end:key]

# --8<-- [start:speed]
loop_time = best_time(lambda: [p * 1.1 + 2.0 for p in prices_list], repeats=3)
numpy_time = best_time(lambda: prices * 1.1 + 2.0, repeats=5)
print(f"vectorised at least 10x faster: {loop_time > 10 * numpy_time}")
#> vectorised at least 10x faster: True
# --8<-- [end:speed]

# --8<-- [start:broadcast]
grid = np.arange(6).reshape(2, 3)
print(grid * np.array([1, 10, 100]))  # the row is stretched over each row
#> [[  0  10 200]
#>  [  3  40 500]]
print([1, 2] + [3, 4], (np.array([1, 2]) + np.array([3, 4])).tolist())
#> [1, 2, 3, 4] [4, 6]
# --8<-- [end:broadcast]

# --8<-- [start:python-loop]
sample = prices[:200_000]
sample_list = prices_list[:200_000]


def running_total(items) -> float:
    total = 0.0
    for item in items:  # one Python step per element
        total += item
    return total


array_loop = best_time(lambda: running_total(sample), repeats=3)
list_loop = best_time(lambda: running_total(sample_list), repeats=3)
print(f"Python loop over the array is slower: {array_loop > list_loop}")
#> Python loop over the array is slower: True
print(repr(sample[1]))  # each access builds a new NumPy scalar object
#> np.float64(1.0)
# --8<-- [end:python-loop]

# --8<-- [start:small]
few = [1.0, 2.0, 3.0]
few_array = np.array(few)
builtin_sum = best_time(lambda: sum(few), repeats=200)
numpy_sum = best_time(lambda: few_array.sum(), repeats=200)
print(f"built-in sum faster on 3 items: {builtin_sum < numpy_sum}")
#> built-in sum faster on 3 items: True
# --8<-- [end:small]

# --8<-- [start:overflow]
big = np.array([2**62, 3])
print((big * 4).tolist())  # int64 wraps around, silently
#> [0, 12]
print([value * 4 for value in [2**62, 3]])  # Python ints grow
#> [18446744073709551616, 12]
# --8<-- [end:overflow]
