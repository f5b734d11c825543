# --8<-- [start:key]
def missing_number(numbers: list[int]) -> int:
    """The value of 1..n missing from n - 1 distinct numbers."""
    n = len(numbers) + 1
    return n * (n + 1) // 2 - sum(numbers)  # expected - actual
# --8<-- [end:key]


# --8<-- [start:edges]
print(missing_number([3, 7, 1, 2, 8, 4, 5]))  # unsorted input is fine
#> 6
print(missing_number([]))  # n = 1: the only candidate is 1
#> 1
print(missing_number([2]), missing_number([1]))  # single element
#> 1 2
print(missing_number([2, 3, 4]), missing_number([1, 2, 3]))  # first or last missing
#> 1 4
# --8<-- [end:edges]

# --8<-- [start:true-division]
first = 10**16  # e.g. a run of database ids, one of them missing
ids = [i for i in range(first, first + 1000) if i != first + 500]
count, last = len(ids) + 1, first + len(ids)  # the full run first..last
exact = (first + last) * count // 2 - sum(ids)  # int all the way
rounded = (first + last) * count / 2 - sum(ids)  # / returns a float
print(exact - first, int(rounded) - first)
#> 500 0
print((first + last) * count > 2**53)  # floats are exact integers only up to 2**53
#> True
# --8<-- [end:true-division]

# --8<-- [start:no-overflow]
print(sum([2**63, 2**63]) == 2**64)  # Python ints do not overflow
#> True
# --8<-- [end:no-overflow]

# --8<-- [start:contract]
numbers = [1, 1, 3]  # a duplicate: the input breaks the contract
print(missing_number(numbers))  # silently wrong: 5 is not even in 1..4
#> 5
print(sorted(set(range(1, len(numbers) + 2)) - set(numbers)))  # what is missing
#> [2, 4]
# --8<-- [end:contract]
