import random


# --8<-- [start:copy]
def two_sum(nums: list[int], target: int) -> tuple[int, int] | None:
    seen: dict[int, int] = {}
    for index, value in enumerate(nums):
        partner = seen.get(target - value)
        if partner is not None:
            return partner, index
        seen[value] = index
    return None


# --8<-- [end:copy]


# --8<-- [start:brute]
def two_sum_brute(nums: list[int], target: int) -> tuple[int, int] | None:
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):  # j > i: never the same element
            if nums[i] + nums[j] == target:
                return i, j
    return None


print(two_sum_brute([2, 7, 11, 15], 9), two_sum_brute([], 5), two_sum_brute([3, 3], 6))
#> (0, 1) None (0, 1)
# --8<-- [end:brute]

# --8<-- [start:agreement]
def is_answer(nums: list[int], target: int, pair: tuple[int, int] | None) -> bool:
    if pair is None:  # "no answer" must really mean no pair exists
        return all(a + b != target for i, a in enumerate(nums) for b in nums[i + 1 :])
    i, j = pair
    return i < j and nums[i] + nums[j] == target


rng = random.Random(42)
trials, both_valid, same_pair = 2000, 0, 0
for _ in range(trials):
    nums = [rng.randint(-10, 10) for _ in range(rng.randint(0, 8))]
    target = rng.randint(-20, 20)
    fast, slow = two_sum(nums, target), two_sum_brute(nums, target)
    both_valid += is_answer(nums, target, fast) and is_answer(nums, target, slow)
    same_pair += fast == slow
print(f"both valid: {both_valid}/{trials}, same pair: {same_pair}/{trials}")
#> both valid: 2000/2000, same pair: 1973/2000
print(two_sum([1, 2, 3, 4], 5), two_sum_brute([1, 2, 3, 4], 5))
#> (1, 2) (0, 3)
# --8<-- [end:agreement]
