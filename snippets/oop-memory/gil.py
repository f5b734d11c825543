import sys
import sysconfig
import threading
import time
from collections.abc import Callable


# --8<-- [start:helpers]
def count_down(steps: int) -> None:
    """Pure-Python CPU work: it needs the GIL for every bytecode."""
    while steps:
        steps -= 1


def run_threads(
    task: Callable[[float], None], argument: float, workers: int
) -> tuple[float, float]:
    """Run task(argument) in parallel threads; return (wall seconds, CPU seconds)."""
    threads = [threading.Thread(target=task, args=(argument,)) for _ in range(workers)]
    wall, cpu = time.perf_counter(), time.process_time()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - wall, time.process_time() - cpu
# --8<-- [end:helpers]


# --8<-- [start:build]
free_threaded_build = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
is_gil_enabled = getattr(sys, "_is_gil_enabled", lambda: True)  # new in 3.13
print(f"free-threaded build: {free_threaded_build}, GIL on: {is_gil_enabled()}")
#> free-threaded build: False, GIL on: True
print(f"switch interval: {sys.getswitchinterval()} s")  # holder asked to let go
#> switch interval: 0.005 s
# --8<-- [end:build]

# --8<-- [start:key]
wall, cpu = run_threads(count_down, 1_000_000, workers=2)
cores_busy = cpu / wall  # CPU seconds per wall-clock second
print(f"CPU-bound threads used > 1.2 cores: {cores_busy > 1.2}")
#> CPU-bound threads used > 1.2 cores: False

wall, _ = run_threads(time.sleep, 0.2, workers=4)
print(f"four 0.2 s sleeps overlapped: {wall < 0.4}")
#> four 0.2 s sleeps overlapped: True
# --8<-- [end:key]
