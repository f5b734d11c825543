import copy
import threading
import timeit

# --8<-- [start:key]
team = {"name": "core", "members": ["ana", "raj"]}
shallow = copy.copy(team)  # new dict, same inner list
deep = copy.deepcopy(team)  # new dict, new list: every level
team["members"].append("li")
print(shallow["members"])
#> ['ana', 'raj', 'li']
print(deep["members"])
#> ['ana', 'raj']
print(shallow is team, shallow["members"] is team["members"])
#> False True
# --8<-- [end:key]

# --8<-- [start:all-shallow]
scores = [[90, 80], [70, 60]]
copies = [scores[:], list(scores), scores.copy(), [*scores], copy.copy(scores)]
print(all(clone is not scores for clone in copies))  # new outer lists
#> True
print(all(clone[0] is scores[0] for clone in copies))  # shared rows
#> True
independent = [row[:] for row in scores]  # copy one level deeper by hand
print(independent[0] is scores[0])
#> False
# --8<-- [end:all-shallow]

# --8<-- [start:speed]
rows = [[n, n + 1] for n in range(500)]
by_hand = min(timeit.repeat(lambda: [row[:] for row in rows], number=10, repeat=3))
deep_time = min(timeit.repeat(lambda: copy.deepcopy(rows), number=10, repeat=3))
print(f"deepcopy over 5x slower than copying rows by hand: {deep_time > 5 * by_hand}")
#> deepcopy over 5x slower than copying rows by hand: True
# --8<-- [end:speed]

# --8<-- [start:memo]
shared = ["draft"]
pair = [shared, shared]
cloned = copy.deepcopy(pair)
print(cloned[0] is cloned[1])  # the memo keeps shared objects shared
#> True
loop: list = []
loop.append(loop)  # a list that contains itself
cloned_loop = copy.deepcopy(loop)
print(cloned_loop[0] is cloned_loop)  # the cycle is rebuilt, no recursion error
#> True
# --8<-- [end:memo]

# --8<-- [start:immutable]
frozen = (1, "a", (2, 3))
print(copy.copy(frozen) is frozen, copy.deepcopy(frozen) is frozen)
#> True True
holds_list = (1, [2])
print(copy.deepcopy(holds_list) is holds_list)  # a mutable inside: new tuple
#> False
# --8<-- [end:immutable]

# --8<-- [start:grid]
grid = [[0] * 3] * 3  # three references to ONE row
grid[0][0] = 1
print(grid)
#> [[1, 0, 0], [1, 0, 0], [1, 0, 0]]
fixed = [[0] * 3 for _ in range(3)]  # three separate rows
fixed[0][0] = 1
print(fixed)
#> [[1, 0, 0], [0, 0, 0], [0, 0, 0]]
# --8<-- [end:grid]

# --8<-- [start:uncopyable]
job = {"name": "export", "lock": threading.Lock()}
try:
    copy.deepcopy(job)
except TypeError as error:
    print(type(error).__name__, error)
#> TypeError cannot pickle '_thread.lock' object
# --8<-- [end:uncopyable]
