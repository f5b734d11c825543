import sys
import timeit

# --8<-- [start:key]
Pair = tuple[int, int]


def two_sum(nums: list[int], target: int) -> Pair | None:
    seen: dict[int, int] = {}  # value -> index where we saw it
    for index, value in enumerate(nums):
        partner = seen.get(target - value)
        if partner is not None:
            return partner, index
        seen[value] = index  # store only after the lookup
    return None
# --8<-- [end:key]


# --8<-- [start:edges]
print(two_sum([2, 7, 11, 15], 9))
#> (0, 1)
print(two_sum([], 5))  # empty input
#> None
print(two_sum([5], 10))  # one element cannot pair with itself
#> None
print(two_sum([3, 3], 6))  # duplicates: the earlier 3 is already stored
#> (0, 1)
print(two_sum([1, 2, 4], 100))  # no answer
#> None
print(two_sum([-4, 9, 0, 4], 0))  # negatives and zero need no special case
#> (0, 3)
# --8<-- [end:edges]

# --8<-- [start:store-first]
def two_sum_store_first(nums: list[int], target: int) -> tuple[int, int] | None:
    seen: dict[int, int] = {}
    for index, value in enumerate(nums):
        seen[value] = index  # BUG: stored before the lookup
        partner = seen.get(target - value)
        if partner is not None:
            return partner, index
    return None


print(two_sum_store_first([3, 5], 6))  # 3 + 3 uses the same element twice
#> (0, 0)
print(two_sum([3, 5], 6))
#> None
# --8<-- [end:store-first]

# --8<-- [start:collisions]
modulus = sys.hash_info.modulus  # 2**61 - 1 on 64-bit CPython
print(hash(modulus), hash(7 * modulus))  # every multiple hashes to 0
#> 0 0
plain = list(range(1, 2001))
colliding = [k * modulus for k in range(1, 2001)]  # 2000 keys, one hash
plain_time = min(timeit.repeat(lambda: two_sum(plain, -1), number=1, repeat=3))
colliding_time = min(timeit.repeat(lambda: two_sum(colliding, -1), number=1, repeat=3))
print(f"colliding keys over 10x slower: {colliding_time > 10 * plain_time}")
#> colliding keys over 10x slower: True
# --8<-- [end:collisions]
