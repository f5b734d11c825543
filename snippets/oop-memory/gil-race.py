import threading
import time
from contextlib import AbstractContextManager, nullcontext

balance = 0


# --8<-- [start:deposit]
def deposit(guard: AbstractContextManager, start: threading.Barrier) -> None:
    global balance
    start.wait()  # all threads begin together
    for _ in range(250):
        with guard:
            current = balance
            time.sleep(0.0001)  # a tiny I/O-like pause releases the GIL
            balance = current + 1
# --8<-- [end:deposit]


def balance_after_race(guard: AbstractContextManager, workers: int = 4) -> int:
    global balance
    balance = 0
    start = threading.Barrier(workers)
    threads = [threading.Thread(target=deposit, args=(guard, start)) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return balance


# --8<-- [start:race]
print(f"updates lost without a lock: {balance_after_race(nullcontext()) < 1000}")
#> updates lost without a lock: True
print(f"with a lock: {balance_after_race(threading.Lock())}")
#> with a lock: 1000
# --8<-- [end:race]
