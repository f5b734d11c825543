import io
from collections.abc import Iterable, Sized
from typing import Protocol, runtime_checkable


# --8<-- [start:key]
def count_words(source) -> int:  # anything with .read()
    return len(source.read().split())


class Pipe:  # no base class, just the method
    def read(self) -> str:
        return "duck typing at work"


print(count_words(Pipe()), count_words(io.StringIO("a b")))
#> 4 2
# --8<-- [end:key]

# --8<-- [start:file]
with open("notes.txt", "w+") as notes:  # a real file quacks too
    notes.write("one two three four")
    notes.seek(0)
    print(count_words(notes))
#> 4
# --8<-- [end:file]


# --8<-- [start:protocol]
class Readable(Protocol):  # a shape, not a base class
    def read(self) -> str: ...


def shout(source: Readable) -> str:  # type checkers accept Pipe
    return source.read().upper()


print(shout(Pipe()))
#> DUCK TYPING AT WORK
print(Readable in Pipe.__mro__)  # no inheritance involved
#> False
# --8<-- [end:protocol]


# --8<-- [start:eafp]
def first_line(source: object) -> str:
    try:
        read = source.read  # EAFP: just try the attribute
    except AttributeError:
        raise TypeError(f"expected something readable, got {type(source).__name__}") from None
    return read().splitlines()[0]


print(first_line(io.StringIO("title\nbody")))
#> title
try:
    first_line(42)
except TypeError as error:
    print(error)
#> expected something readable, got int
# --8<-- [end:eafp]


# --8<-- [start:abc-hook]
class Basket:
    def __len__(self) -> int:
        return 3


# Sized never heard of Basket: its __subclasshook__ only looks for __len__.
print(isinstance(Basket(), Sized), Sized in Basket.__mro__)
#> True False
# --8<-- [end:abc-hook]


# --8<-- [start:iterable-check]
class Deck:
    """Iterable through the old sequence protocol: __getitem__ from 0 up."""

    def __getitem__(self, index: int) -> str:
        if index >= 3:
            raise IndexError(index)
        return "ABC"[index]


print(list(Deck()))
#> ['A', 'B', 'C']
print(isinstance(Deck(), Iterable))  # looks for __iter__ only
#> False
print(type(iter(Deck())).__name__)  # the real test: iter() succeeds
#> iterator
# --8<-- [end:iterable-check]


# --8<-- [start:runtime-checkable]
@runtime_checkable
class SizedReader(Protocol):
    def read(self, size: int) -> str: ...


class Legacy:
    def read(self) -> str:  # wrong signature
        return "all of it"


legacy = Legacy()
print(isinstance(legacy, SizedReader))  # only checks that read exists
#> True
try:
    legacy.read(10)
except TypeError as error:
    print(type(error).__name__, error)
#> TypeError Legacy.read() takes 1 positional argument but 2 were given
# --8<-- [end:runtime-checkable]


# --8<-- [start:broad-except]
class Buggy:
    def read(self) -> str:
        return self.buffer.decode()  # bug: there is no self.buffer


def sloppy_count(source: object) -> int:
    try:
        return len(source.read().split())
    except AttributeError:  # meant "not readable", but it is too wide
        return 0


print(sloppy_count(Buggy()))  # the real error vanished
#> 0
# --8<-- [end:broad-except]
