import csv
import hashlib
import shutil
import tempfile
import tracemalloc
from collections.abc import Iterator
from functools import partial
from pathlib import Path

# A 50,000-line CSV log, about 0.7 MB.
workdir = Path(tempfile.mkdtemp())
log = workdir / "requests.csv"
with open(log, "w", newline="") as target:
    target.write("path,status,millis\n")
    target.writelines(
        f"/api/{i % 7},{500 if i % 50 == 0 else 200},{i % 300}\n" for i in range(50_000)
    )
size = log.stat().st_size
print(size)
#> 731649


# --8<-- [start:generators]
def rows(path: Path) -> Iterator[dict[str, str]]:
    with open(path, newline="") as source:  # a file object reads lazily
        yield from csv.DictReader(source)  # one parsed line at a time


def slow_errors(records: Iterator[dict[str, str]]) -> Iterator[int]:
    for record in records:
        if record["status"] == "500" and int(record["millis"]) > 100:
            yield int(record["millis"])


tracemalloc.start()
count = sum(1 for _ in slow_errors(rows(log)))  # the pipeline pulls line by line
_, streaming_peak = tracemalloc.get_traced_memory()
print(count)
#> 499
# --8<-- [end:generators]

# --8<-- [start:readlines]
tracemalloc.reset_peak()
with open(log) as source:
    lines = source.readlines()  # every line as a str object, all at once
_, readlines_peak = tracemalloc.get_traced_memory()
tracemalloc.stop()
print(f"streaming peak under a tenth of readlines: {streaming_peak < readlines_peak / 10}")
#> streaming peak under a tenth of readlines: True
print(f"readlines peak over 3x the file size: {readlines_peak > 3 * size}")
#> readlines peak over 3x the file size: True
del lines
# --8<-- [end:readlines]

# --8<-- [start:binary]
digest = hashlib.sha256()
with open(log, "rb") as source:
    for block in iter(partial(source.read, 64 * 1024), b""):  # 64 KiB at a time
        digest.update(block)
print(digest.hexdigest() == hashlib.sha256(log.read_bytes()).hexdigest())
#> True
# --8<-- [end:binary]

shutil.rmtree(workdir)
