import cProfile
import pstats
import time


# --8<-- [start:code]
def parse(line: str) -> tuple[str, float]:
    customer, amount = line.split(",")
    return customer.strip().lower(), float(amount)


def unique_customers(rows: list[tuple[str, float]]) -> list[str]:
    seen: list[str] = []
    for customer, _ in rows:
        if customer not in seen:  # scans the whole list: O(n) per row
            seen.append(customer)
    return seen


def report(lines: list[str]) -> tuple[int, float]:
    rows = [parse(line) for line in lines]
    total = round(sum(amount for _, amount in rows), 2)
    return len(unique_customers(rows)), total


lines = [f"Customer{n % 3000}, {n % 7}.25" for n in range(6000)]
# --8<-- [end:code]


# --8<-- [start:top]
def top(profile: pstats.StatsProfile, by: str) -> str:
    """The function of this file that ranks first by `by` ("tottime" or "cumtime")."""
    here = report.__code__.co_filename
    mine = {name: fp for name, fp in profile.func_profiles.items() if fp.file_name == here}
    return max(mine, key=lambda name: getattr(mine[name], by))
# --8<-- [end:top]


# --8<-- [start:key]
with cProfile.Profile() as profiler:
    print(report(lines))
#> (3000, 19497.0)

stats = pstats.Stats(profiler).get_stats_profile()
print(top(stats, "cumtime"))  # the entry point
#> report
print(top(stats, "tottime"))  # where the time really goes
#> unique_customers
print(stats.func_profiles["parse"].ncalls)
#> 6000
print(stats.func_profiles["unique_customers"].ncalls)
#> 1
# --8<-- [end:key]

# --8<-- [start:blind-spot]
# `in` on a list is not a function call, so cProfile cannot see it:
# its cost lands in the tottime of the function that runs the loop.
print([name for name in stats.func_profiles if "'list'" in name])
#> ["<method 'append' of 'list' objects>"]
# --8<-- [end:blind-spot]


# --8<-- [start:fix]
def unique_customers_fast(rows: list[tuple[str, float]]) -> list[str]:
    return list(dict.fromkeys(customer for customer, _ in rows))  # O(1) lookups


rows = [parse(line) for line in lines]
print(unique_customers_fast(rows) == unique_customers(rows))  # same answer, same order
#> True


def seconds(function, *args) -> float:
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


slow, fast = seconds(unique_customers, rows), seconds(unique_customers_fast, rows)
print(f"at least 10x faster: {fast * 10 < slow}")
#> at least 10x faster: True
# --8<-- [end:fix]
