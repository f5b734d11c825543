import asyncio
import threading
import time
import tracemalloc
from concurrent.futures import ThreadPoolExecutor


# --8<-- [start:key]
async def fetch(delay: float) -> None:
    await asyncio.sleep(delay)  # suspends; the loop runs others


async def main() -> None:
    start = time.perf_counter()
    await asyncio.gather(*(fetch(0.1) for _ in range(10)))
    print(time.perf_counter() - start < 0.5)  # not 10 x 0.1 s


asyncio.run(main())
#> True
# --8<-- [end:key]


# --8<-- [start:one-thread]
async def whoami() -> int:
    await asyncio.sleep(0.01)
    return threading.get_ident()


async def task_threads() -> set[int]:
    return set(await asyncio.gather(*(whoami() for _ in range(5))))


def blocking_whoami(_: int) -> int:
    time.sleep(0.01)
    return threading.get_ident()


with ThreadPoolExecutor(max_workers=5) as pool:
    thread_idents = set(pool.map(blocking_whoami, range(5)))
print(len(asyncio.run(task_threads())), len(thread_idents) > 1)  # one thread vs several
#> 1 True
# --8<-- [end:one-thread]


# --8<-- [start:blocking]
async def blocking_fetch() -> None:
    time.sleep(0.1)  # blocks the whole event loop: nothing else runs


async def offloaded_fetch() -> None:
    await asyncio.to_thread(time.sleep, 0.1)  # blocking call moved to a thread


async def timed(job) -> float:
    start = time.perf_counter()
    await asyncio.gather(*(job() for _ in range(5)))
    return time.perf_counter() - start


print(f"time.sleep in 5 tasks runs serially: {asyncio.run(timed(blocking_fetch)) >= 0.5}")
#> time.sleep in 5 tasks runs serially: True
print(f"asyncio.to_thread overlaps them: {asyncio.run(timed(offloaded_fetch)) < 0.5}")
#> asyncio.to_thread overlaps them: True
# --8<-- [end:blocking]

# --8<-- [start:race]
balance = 0


async def deposit(lock: asyncio.Lock | None) -> None:
    global balance
    if lock is None:
        current = balance
        await asyncio.sleep(0)  # a switch point between read and write
        balance = current + 1
    else:
        async with lock:  # no other task enters until this one leaves
            current = balance
            await asyncio.sleep(0)
            balance = current + 1


async def ten_deposits(use_lock: bool) -> int:
    global balance
    balance = 0
    lock = asyncio.Lock() if use_lock else None
    await asyncio.gather(*(deposit(lock) for _ in range(10)))
    return balance


print(asyncio.run(ten_deposits(use_lock=False)), asyncio.run(ten_deposits(use_lock=True)))
#> 1 10
# --8<-- [end:race]


# --8<-- [start:scale]
async def idle(gate: asyncio.Event) -> None:
    await gate.wait()


async def many_tasks(count: int = 2_000) -> float:
    gate = asyncio.Event()
    tracemalloc.start()
    tasks = [asyncio.create_task(idle(gate)) for _ in range(count)]
    await asyncio.sleep(0)  # let every task start and park
    per_task = tracemalloc.get_traced_memory()[0] / count
    tracemalloc.stop()
    gate.set()
    await asyncio.gather(*tasks)
    return per_task


print(f"a parked task costs under 4 KB: {asyncio.run(many_tasks()) < 4096}")
#> a parked task costs under 4 KB: True
# --8<-- [end:scale]
