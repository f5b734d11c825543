import random
from functools import reduce
from itertools import chain
from operator import xor


# --8<-- [start:copy]
def missing_number(numbers: list[int]) -> int:
    n = len(numbers) + 1
    return n * (n + 1) // 2 - sum(numbers)


# --8<-- [end:copy]


# --8<-- [start:xor]
def missing_number_xor(numbers: list[int]) -> int:
    n = len(numbers) + 1
    # x ^ x == 0 and x ^ 0 == x: every present value cancels itself
    return reduce(xor, chain(range(1, n + 1), numbers), 0)


print(missing_number_xor([3, 7, 1, 2, 8, 4, 5]), missing_number_xor([]))
#> 6 1
# --8<-- [end:xor]

# --8<-- [start:agreement]
rng = random.Random(4)
cases = correct = 0
for n in range(1, 61):
    for missing in range(1, n + 1):  # every possible gap, in a shuffled list
        numbers = [value for value in range(1, n + 1) if value != missing]
        rng.shuffle(numbers)
        cases += 1
        correct += missing_number(numbers) == missing_number_xor(numbers) == missing
print(f"both correct on {correct} of {cases} lists")
#> both correct on 1830 of 1830 lists
# --8<-- [end:agreement]
