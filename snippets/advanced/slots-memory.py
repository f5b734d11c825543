import sys
import tracemalloc


class Plain:
    def __init__(self, x: int, y: int) -> None:
        self.x, self.y = x, y


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x: int, y: int) -> None:
        self.x, self.y = x, y


def bytes_per_instance(cls: type, count: int = 10_000, touch_dict: bool = False) -> int:
    """Memory still held per instance, measured by tracemalloc."""
    instances = [None] * count  # the list is allocated before measuring
    cls(1, 2)  # warm up: first-call caches are not instance memory
    tracemalloc.start()
    for index in range(count):
        instance = cls(1, 2)
        if touch_dict:
            vars(instance)  # ask for the __dict__
        instances[index] = instance
    used = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return 8 * round(used / count / 8)  # allocations come in 8-byte steps


plain, slotted = bytes_per_instance(Plain), bytes_per_instance(Slotted)
print(slotted, 80 <= plain <= 88)  # 3.11+: values inline, no dict yet
#> 48 True
with_dict = bytes_per_instance(Plain, touch_dict=True)
print(with_dict - plain)  # asking for __dict__ builds a real dict
#> 64
print(sys.getsizeof(Plain(1, 2)) < plain)  # getsizeof misses the values
#> True
