import statistics
import time
import timeit
import weakref
from dataclasses import dataclass


# --8<-- [start:key]
class Point:
    __slots__ = ("x", "y")  # fixed storage, no __dict__

    def __init__(self, x: float, y: float) -> None:
        self.x, self.y = x, y


point = Point(1.5, 2.0)
print(hasattr(point, "__dict__"), Point.x)  # x: a descriptor
#> False <member 'x' of 'Point' objects>
# --8<-- [end:key]


# --8<-- [start:dataclass]
@dataclass(slots=True)  # since 3.10: the decorator writes __slots__
class Pixel:
    x: int
    y: int


print(Pixel.__slots__, hasattr(Pixel(0, 0), "__dict__"))
#> ('x', 'y') False
# --8<-- [end:dataclass]


# --8<-- [start:inheritance]
class Point3D(Point):  # forgot __slots__: instances get a __dict__ again
    pass


class Point4D(Point):
    __slots__ = ("z", "w")  # only the new names; x and y are inherited


loose = Point3D(0, 0)
loose.colour = "red"  # accepted: the dict is back
print(vars(loose), hasattr(Point4D(0, 0), "__dict__"))
#> {'colour': 'red'} False
# --8<-- [end:inheritance]


# --8<-- [start:layout]
class Named:
    __slots__ = ("name",)


try:

    class NamedPoint(Point, Named): ...  # two bases with non-empty slots

except TypeError as error:
    print(type(error).__name__, error)
#> TypeError multiple bases have instance lay-out conflict
# --8<-- [end:layout]


# --8<-- [start:defaults]
try:

    class Config:
        __slots__ = ("debug",)
        debug = False  # a default would overwrite the slot's descriptor

except ValueError as error:
    print(type(error).__name__, error)
#> ValueError 'debug' in __slots__ conflicts with class variable
# --8<-- [end:defaults]


# --8<-- [start:weakref]
try:
    weakref.ref(point)
except TypeError as error:
    print(type(error).__name__, error)
#> TypeError cannot create weak reference to 'Point' object


class Node:
    __slots__ = ("value", "__weakref__")  # opt back in to weak references


print(weakref.ref(Node()) is not None)
#> True
# --8<-- [end:weakref]


# --8<-- [start:speed]
class PlainPoint:
    def __init__(self, x: float, y: float) -> None:
        self.x, self.y = x, y


def reader(obj: object) -> timeit.Timer:
    # CPU time, not wall time: time the machine spends elsewhere is not counted
    return timeit.Timer(lambda: obj.x + obj.y, timer=time.process_time)


slotted, plain = reader(point), reader(PlainPoint(1.5, 2.0))
# Time the two back to back, 15 times, and keep the median ratio:
# a burst of load then hits both sides of a pair, not one side only.
ratios = [slotted.timeit(20_000) / plain.timeit(20_000) for _ in range(15)]
ratio = statistics.median(ratios)
print(f"same ballpark (within 2x): {0.5 < ratio < 2}")
#> same ballpark (within 2x): True
# --8<-- [end:speed]
