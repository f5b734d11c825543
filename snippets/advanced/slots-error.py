class Point:
    __slots__ = ("x", "y")


point = Point()
try:
    point.z = 3  # not a declared slot
except AttributeError as error:
    print(type(error).__name__, error)
#> AttributeError 'Point' object has no attribute 'z'
try:
    point.x  # declared, but never assigned
except AttributeError as error:
    print(type(error).__name__, error)
#> AttributeError 'Point' object has no attribute 'x'
