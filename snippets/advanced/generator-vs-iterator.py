from collections.abc import Generator, Iterator


# --8<-- [start:key]
def countdown(start: int) -> Iterator[int]:
    while start > 0:
        yield start  # pauses here; the frame keeps `start`
        start -= 1


numbers = countdown(3)
print(iter(numbers) is numbers)  # a generator is an iterator
#> True
print(next(numbers), list(numbers), list(numbers))
#> 3 [2, 1] []
# --8<-- [end:key]


# --8<-- [start:protocol]
class Countdown:
    """The same iterator written by hand: the protocol is two methods."""

    def __init__(self, start: int) -> None:
        self.current = start

    def __iter__(self) -> "Countdown":
        return self  # an iterator is its own iterable

    def __next__(self) -> int:
        if self.current <= 0:
            raise StopIteration  # the only "I am done" signal
        value = self.current
        self.current -= 1
        return value


print(list(Countdown(3)) == list(countdown(3)))
#> True
# --8<-- [end:protocol]

# --8<-- [start:for-loop]
# What `for item in source:` does, written out.
source = Countdown(2)
iterator = iter(source)  # calls source.__iter__()
while True:
    try:
        item = next(iterator)  # calls iterator.__next__()
    except StopIteration:
        break
    print("got", item)
#> got 2
#> got 1
# --8<-- [end:for-loop]

# --8<-- [start:iterable]
class Shelf:
    """An iterable, not an iterator: every for loop gets a fresh generator."""

    def __init__(self, *books: str) -> None:
        self.books = list(books)

    def __iter__(self) -> Iterator[str]:
        yield from self.books


shelf = Shelf("Dune", "Emma")
print(list(shelf), list(shelf))  # a fresh pass each time
#> ['Dune', 'Emma'] ['Dune', 'Emma']
print(iter(shelf) is shelf)
#> False
# --8<-- [end:iterable]

# --8<-- [start:list-not-iterator]
try:
    next([1, 2, 3])
except TypeError as error:
    print(type(error).__name__, error)
#> TypeError 'list' object is not an iterator
print(next(iter([1, 2, 3])))
#> 1
# --8<-- [end:list-not-iterator]


# --8<-- [start:stopiteration]
def first_words(lines: list[str]) -> Iterator[str]:
    remaining = iter(lines)
    while True:
        yield next(remaining).split()[0]  # StopIteration escapes here


try:
    print(list(first_words(["hello world", "good bye"])))
except RuntimeError as error:
    print(type(error).__name__, error)
#> RuntimeError generator raised StopIteration
# --8<-- [end:stopiteration]


# --8<-- [start:send]
def running_average() -> Generator[float, float, None]:
    total = count = 0
    try:
        while True:
            try:
                value = yield total / count if count else 0.0
            except ValueError:  # throw() raises it here, at the paused yield
                print("bad reading skipped")
                continue
            total, count = total + value, count + 1
    finally:  # close() raises GeneratorExit at the yield, so this runs
        print("closed after", count, "readings")


averager = running_average()
next(averager)  # run to the first yield ("prime" it)
print(averager.send(10), averager.send(20))  # send: the yield's value
#> 10.0 15.0
print(averager.throw(ValueError("glitch")))  # handled; yields again
#> bad reading skipped
#> 15.0
averager.close()
#> closed after 2 readings
# --8<-- [end:send]


# --8<-- [start:yield-from]
def tally() -> Generator[None, int | None, int]:
    total = 0
    while True:
        value = yield
        if value is None:
            return total  # travels in StopIteration.value
        total += value


def report() -> Generator[None, int | None, None]:
    result = yield from tally()  # send() goes straight through to tally
    print("tally returned", result)


reporter = report()
next(reporter)
reporter.send(3)
reporter.send(4)
try:
    reporter.send(None)  # ends tally, so report resumes and finishes
except StopIteration:
    print("report finished")
#> tally returned 7
#> report finished
# --8<-- [end:yield-from]
