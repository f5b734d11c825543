import subprocess
import sys
import sysconfig
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


# --8<-- [start:io]
def fetch(seconds: float) -> None:
    time.sleep(seconds)  # stands in for a socket or disk wait; releases the GIL


start = time.perf_counter()
with ThreadPoolExecutor(max_workers=5) as pool:
    list(pool.map(fetch, [0.2] * 5))  # 1 s of waiting in total
print(f"5 waits of 0.2 s took under 1 s: {time.perf_counter() - start < 1}")
#> 5 waits of 0.2 s took under 1 s: True
# --8<-- [end:io]


# --8<-- [start:gil]
def busy(n: int) -> int:
    return sum(i * i for i in range(n))


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
print("free-threaded build:", bool(sysconfig.get_config_var("Py_GIL_DISABLED")))
#> free-threaded build: False
# --8<-- [end:gil]


# --8<-- [start:program]
def run_as_program(name: str, source: str) -> None:
    """Save source as a file and run it the way you run a script: python name."""
    Path(name).write_text(source)
    done = subprocess.run([sys.executable, name], capture_output=True, text=True)
    print(done.stdout + done.stderr, end="")  # a traceback would show up here
# --8<-- [end:program]


# --8<-- [start:key]
run_as_program("crunch.py", '''
import os
from concurrent.futures import ProcessPoolExecutor

def crunch(n: int) -> tuple[int, int]:  # CPU-bound
    return os.getpid(), sum(i * i for i in range(n))

if __name__ == "__main__":  # workers may import this file
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(crunch, [50_000] * 4))
    print(all(pid != os.getpid() for pid, _ in results))
''')
#> True
# --8<-- [end:key]

# --8<-- [start:memory]
run_as_program("memory.py", '''
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

seen: list[str] = []


def remember(item: str) -> None:
    seen.append(item)  # a thread changes this list; a process, its own copy


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(remember, "from a thread").result()
    with ProcessPoolExecutor(max_workers=1) as pool:
        pool.submit(remember, "from a process").result()
    print(seen)
''')
#> ['from a thread']
# --8<-- [end:memory]

# --8<-- [start:pickle]
run_as_program("lambdas.py", '''
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=1) as pool:
        print(pool.submit(lambda: "threads take any callable").result())
    with ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(lambda: "never arrives")  # must be pickled
        try:
            future.result()
        except Exception as error:
            print(type(error).__name__)
''')
#> threads take any callable
#> PicklingError
# --8<-- [end:pickle]

# --8<-- [start:overhead]
run_as_program("overhead.py", '''
import time
import timeit
from concurrent.futures import ProcessPoolExecutor


def double(n: int) -> int:
    return 2 * n


if __name__ == "__main__":
    numbers = range(500)
    loop_time = min(timeit.repeat(lambda: [double(n) for n in numbers], number=1))
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=2) as pool:
        pooled = list(pool.map(double, numbers))  # one round trip per item
    pool_time = time.perf_counter() - start
    slower = pool_time > 10 * loop_time
    print(pooled == [2 * n for n in numbers], f"10x slower than a loop: {slower}")
''')
#> True 10x slower than a loop: True
# --8<-- [end:overhead]
