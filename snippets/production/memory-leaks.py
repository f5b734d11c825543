import functools
import linecache
import tracemalloc

# --8<-- [start:leak]
_responses: dict[int, bytes] = {}  # module-level cache: nothing ever evicts


def render(request_id: int) -> bytes:
    return bytes(2_000) + str(request_id).encode()


def handle(request_id: int) -> int:
    if request_id not in _responses:
        _responses[request_id] = render(request_id)
    return len(_responses[request_id])
# --8<-- [end:leak]


# --8<-- [start:source]
def source(frame: tracemalloc.Frame) -> str:
    """The line of code a traceback frame points at."""
    return linecache.getline(frame.filename, frame.lineno).strip()
# --8<-- [end:source]


# --8<-- [start:key]
tracemalloc.start(3)  # record 3 frames per allocation
before = tracemalloc.take_snapshot()
for request_id in range(5_000):
    handle(request_id)
after = tracemalloc.take_snapshot()

top = after.compare_to(before, "traceback")[0]
print(f"{top.size_diff / 1e6:.0f} MB still allocated from:")
#> 10 MB still allocated from:
for frame in top.traceback:  # oldest frame first
    print("   ", source(frame))
#>     handle(request_id)
#>     _responses[request_id] = render(request_id)
#>     return bytes(2_000) + str(request_id).encode()
# --8<-- [end:key]
print(len(_responses))  # the culprit holds every response ever built
#> 5000
tracemalloc.stop()


# --8<-- [start:fix]
@functools.lru_cache(maxsize=256)  # bounded: least recently used entries are evicted
def cached_render(request_id: int) -> bytes:
    return render(request_id)


tracemalloc.start()
for request_id in range(1_000):  # fill the cache first
    cached_render(request_id)
before = tracemalloc.take_snapshot()
for request_id in range(1_000, 6_000):
    cached_render(request_id)
after = tracemalloc.take_snapshot()
growth = sum(stat.size_diff for stat in after.compare_to(before, "lineno"))
print(f"grew by less than 10 kB: {growth < 10_000}")
#> grew by less than 10 kB: True
print(cached_render.cache_info())
#> CacheInfo(hits=0, misses=6000, maxsize=256, currsize=256)
tracemalloc.stop()
# --8<-- [end:fix]
