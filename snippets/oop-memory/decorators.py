import functools
import inspect
import traceback


# --8<-- [start:key]
def logged(func):
    @functools.wraps(func)  # copies __name__, __doc__, ...
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper


@logged  # runs once, at definition: area = logged(area)
def area(width, height):
    """Return the area of a rectangle."""
    return width * height
# --8<-- [end:key]


# --8<-- [start:calls]
print(area(3, 4))  # the name area now refers to wrapper
#> calling area(3, 4)
#> 12
print(area.__name__, "|", area.__doc__)
#> area | Return the area of a rectangle.
print(area.__wrapped__(3, 4))  # the original, undecorated function
#> 12
print(inspect.signature(area))  # inspect follows __wrapped__
#> (width, height)
# --8<-- [end:calls]


# --8<-- [start:no-wraps]
def careless(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


@careless
def volume(width, height, depth):
    """Return the volume of a box."""
    return width * height * depth


print(volume.__name__, "|", volume.__doc__, "|", inspect.signature(volume))
#> wrapper | None | (*args, **kwargs)
print(hasattr(volume, "__wrapped__"))
#> False
try:
    area(3, None)  # fails inside the original, reached via wrapper
except TypeError as error:
    frames = traceback.extract_tb(error.__traceback__)[1:]
    print([frame.name for frame in frames])  # wraps renamed no frame
#> calling area(3, None)
#> ['wrapper', 'area']
# --8<-- [end:no-wraps]

# --8<-- [start:factory]
readers = {}


def reads(extension: str):  # a factory: returns the real decorator
    def register(func):
        readers[extension] = func
        return func  # returned unchanged: registering is the whole job

    return register


@reads("csv")  # reads("csv") runs first, then register(load_csv)
def load_csv(path: str) -> str:
    return f"rows from {path}"


print(sorted(readers), readers["csv"]("sales.csv"))  # filled before any call
#> ['csv'] rows from sales.csv
# --8<-- [end:factory]


# --8<-- [start:order]
def bold(func):
    return lambda: f"<b>{func()}</b>"


def italic(func):
    return lambda: f"<i>{func()}</i>"


@bold  # applied last, so it is the outer layer
@italic  # applied first: greet = bold(italic(greet))
def greet():
    return "hi"


print(greet())
#> <b><i>hi</i></b>
# --8<-- [end:order]
