import multiprocessing
import os
import sysconfig
import threading
import time
import timeit
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


# --8<-- [start:key]
def crunch(n: int) -> tuple[int, int]:  # CPU-bound pure Python
    return os.getpid(), sum(i * i for i in range(n))


if __name__ == "__main__":  # workers may re-import this module
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(crunch, [50_000] * 4))
    print(all(pid != os.getpid() for pid, _ in results))
#> True
# --8<-- [end:key]


# --8<-- [start:io]
def fetch(seconds: float) -> None:
    time.sleep(seconds)  # stands in for a socket or disk wait; releases the GIL


if __name__ == "__main__":
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=5) as pool:
        list(pool.map(fetch, [0.2] * 5))  # 1 s of waiting in total
    print(f"5 waits of 0.2 s took under 1 s: {time.perf_counter() - start < 1}")
#> 5 waits of 0.2 s took under 1 s: True
# --8<-- [end:io]


# --8<-- [start:gil]
def busy(n: int) -> int:
    return sum(i * i for i in range(n))


if __name__ == "__main__":
    threads = [threading.Thread(target=busy, args=(500_000,)) for _ in range(2)]
    wall, cpu = time.perf_counter(), time.process_time()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    # CPU time of all threads together; it exceeds wall time only if they overlapped.
    print(f"two CPU-bound threads ran in parallel: {cpu > 1.2 * wall}")
#> two CPU-bound threads ran in parallel: False
# --8<-- [end:gil]

# --8<-- [start:memory]
seen: list[str] = []


def remember(item: str) -> None:
    seen.append(item)  # a thread changes the one list; a process changes its copy


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(remember, "from a thread").result()
    with ProcessPoolExecutor(max_workers=1) as pool:
        pool.submit(remember, "from a process").result()
    print(seen)
#> ['from a thread']
# --8<-- [end:memory]

# --8<-- [start:pickle]
if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=1) as pool:
        print(pool.submit(lambda: "threads take any callable").result())
    with ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(lambda: "never arrives")  # must be pickled
        try:
            future.result()
        except Exception as error:
            print(type(error).__name__)
#> threads take any callable
#> PicklingError
# --8<-- [end:pickle]


# --8<-- [start:overhead]
def double(n: int) -> int:
    return 2 * n


if __name__ == "__main__":
    numbers = range(500)
    direct = [double(n) for n in numbers]
    loop_time = min(timeit.repeat(lambda: [double(n) for n in numbers], number=1))
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=2) as pool:
        pooled = list(pool.map(double, numbers))  # one round trip per item
    pool_time = time.perf_counter() - start
    print(pooled == direct, f"pool 10x slower than a loop: {pool_time > 10 * loop_time}")
#> True pool 10x slower than a loop: True
# --8<-- [end:overhead]

# --8<-- [start:build]
if __name__ == "__main__":
    print(multiprocessing.get_start_method())  # on Linux, 3.10 to 3.13
    print(bool(sysconfig.get_config_var("Py_GIL_DISABLED")))  # a GIL build
#> fork
#> False
# --8<-- [end:build]
