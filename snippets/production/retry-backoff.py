import random
import time
from collections import Counter
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


# --8<-- [start:retry]
def retry(
    call: Callable[[], T],
    *,
    attempts: int = 5,
    base: float = 0.1,
    cap: float = 5.0,
    retry_on: tuple[type[Exception], ...] = (ConnectionError, TimeoutError),
    sleep: Callable[[float], None] = time.sleep,
    jitter: Callable[[float, float], float] = random.uniform,
) -> T:
    """Call `call`; after a transient error wait and try again, `attempts` calls in all."""
    for attempt in range(attempts - 1):
        try:
            return call()
        except retry_on:
            ceiling = min(cap, base * 2**attempt)  # 0.1, 0.2, 0.4, ... up to cap
            sleep(jitter(0, ceiling))  # "full jitter": anywhere below the ceiling
    return call()  # the last attempt: its error reaches the caller
# --8<-- [end:retry]


# --8<-- [start:fake]
class FlakyInventory:
    """Fails `failures` times with ConnectionError, then answers."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0

    def stock(self) -> int:
        self.calls += 1
        if self.calls <= self.failures:
            raise ConnectionError(f"connection reset (call {self.calls})")
        return 42
# --8<-- [end:fake]


# --8<-- [start:key]
delays: list[float] = []  # record the waits instead of sleeping
service = FlakyInventory(failures=3)
jitter = random.Random(7).uniform  # seeded: repeatable waits
stock = retry(service.stock, sleep=delays.append, jitter=jitter)
print(stock, service.calls)
#> 42 4
print([round(delay, 3) for delay in delays])
#> [0.032, 0.03, 0.26]
# --8<-- [end:key]

# --8<-- [start:give-up]
service = FlakyInventory(failures=10)
try:
    retry(service.stock, attempts=4, sleep=lambda _: None)
except ConnectionError as error:
    print(service.calls, error)
#> 4 connection reset (call 4)
# --8<-- [end:give-up]


# --8<-- [start:not-retried]
def bad_request() -> int:
    raise ValueError("unknown SKU")  # a 4xx: retrying cannot help


try:
    retry(bad_request, sleep=delays.append)
except ValueError as error:
    print(error, len(delays))  # no new waits were added
#> unknown SKU 3
# --8<-- [end:not-retried]

# --8<-- [start:jitter]
def busiest_window(retry_times: list[float], width: float = 0.01) -> int:
    """The most clients that retry within one 10 ms window."""
    return max(Counter(int(moment / width) for moment in retry_times).values())


rng = random.Random(1)
lockstep = [0.1 * 2**1 for _ in range(100)]  # 100 clients, second retry, no jitter
jittered = [rng.uniform(0, 0.1 * 2**1) for _ in range(100)]
print(busiest_window(lockstep), busiest_window(jittered))
#> 100 10
# --8<-- [end:jitter]
