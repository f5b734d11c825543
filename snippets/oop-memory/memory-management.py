import gc
import sys
import weakref


class Report:
    def __init__(self, title: str) -> None:
        self.title = title
        self.partner: Report | None = None


# --8<-- [start:key]
report = Report("Q3")
weakref.finalize(report, print, "Q3 freed")  # prints on free
before = sys.getrefcount(report)
alias = report  # a second strong reference
print(sys.getrefcount(report) - before)  # compare, never trust
#> 1
del report  # removes a name, not the object
print(alias.title)
#> Q3
del alias  # count drops to 0: freed on this very line
#> Q3 freed
# --8<-- [end:key]

# --8<-- [start:cycle]
gc.disable()  # keep the automatic cycle collector out of the demo
draft = Report("draft")
weakref.finalize(draft, print, "draft freed")
del draft  # no cycle: reference counting frees it, gc or not
#> draft freed

first, second = Report("first"), Report("second")
first.partner, second.partner = second, first  # a reference cycle
weakref.finalize(first, print, "cycle freed")
del first, second  # each still holds the other: count stays at 1
print("names gone, objects alive")
#> names gone, objects alive
unreachable = gc.collect()  # finds the isolated pair and frees it
#> cycle freed
print(unreachable >= 2)  # how many unreachable objects it found
#> True
gc.enable()
# --8<-- [end:cycle]

# --8<-- [start:tracked]
print(gc.is_tracked(42), gc.is_tracked("text"))  # cannot refer to anything
#> False False
print(gc.is_tracked([]), gc.is_tracked(Report("x")))  # containers can
#> True True
# --8<-- [end:tracked]

# --8<-- [start:generations]
young_limit, *older_limits = gc.get_threshold()
started: list[int] = []


def on_gc(phase: str, info: dict) -> None:
    if phase == "start":
        started.append(info["generation"])


gc.collect()  # start with an empty young generation
gc.callbacks.append(on_gc)
batch = [[] for _ in range(young_limit + 100)]  # new containers
gc.callbacks.remove(on_gc)
print(len(gc.get_count()), older_limits, started[:1])
#> 3 [10, 10] [0]
# --8<-- [end:generations]
