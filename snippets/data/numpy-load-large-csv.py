# requires: numpy>=2
import shutil
import tempfile
import time
from itertools import islice
from pathlib import Path

import numpy as np

# A CSV of 12,000 readings: sensor id, temperature, humidity.
workdir = Path(tempfile.mkdtemp())
path = workdir / "readings.csv"
row = np.arange(12_000)
generated = np.column_stack([row % 4, 18 + row % 4 + (row * 7 % 50) / 10, 40 + row % 21])
np.savetxt(path, generated, fmt=["%d", "%.1f", "%d"], delimiter=",",
           header="sensor,temp,humidity", comments="")
print(path.read_text().splitlines()[:3])
#> ['sensor,temp,humidity', '0,18.0,40', '1,19.7,41']

# --8<-- [start:key]
table = np.loadtxt(path, delimiter=",", skiprows=1)
print(table.shape, table.dtype, table.nbytes)
#> (12000, 3) float64 288000
print(table.mean(axis=0).round(2).tolist())  # column means
#> [1.5, 21.95, 50.0]
hot = table[table[:, 1] > 22]  # a boolean mask keeps rows
print(len(hot))
#> 5760
temps = np.loadtxt(path, delimiter=",", skiprows=1,
                   usecols=1, dtype=np.float32)
print(temps.shape, temps.nbytes)  # one column, 4 bytes each
#> (12000,) 48000
# --8<-- [end:key]

# --8<-- [start:group]
sensor = table[:, 0].astype(np.int64)
per_sensor = np.bincount(sensor, weights=table[:, 1]) / np.bincount(sensor)
print(per_sensor.round(2).tolist())  # mean temperature per sensor id
#> [20.4, 21.5, 22.4, 23.5]
# --8<-- [end:group]

# --8<-- [start:chunks]
CHUNK_ROWS = 5_000
count, temp_sum, hottest = 0, 0.0, -np.inf
with open(path) as source:
    next(source)  # skip the header
    while lines := list(islice(source, CHUNK_ROWS)):  # at most 5,000 lines in memory
        block = np.loadtxt(lines, delimiter=",", ndmin=2)
        count += len(block)
        temp_sum += block[:, 1].sum()
        hottest = max(hottest, block[:, 1].max())
print(count, round(temp_sum / count, 2), hottest)
#> 12000 21.95 25.9
print(bool(np.isclose(temp_sum / count, table[:, 1].mean())))  # same as one shot
#> True
# --8<-- [end:chunks]

# --8<-- [start:npy]
np.save(workdir / "readings.npy", table)  # binary: parse the text once
mapped = np.load(workdir / "readings.npy", mmap_mode="r")  # read on access
print(type(mapped).__name__, mapped.shape, float(mapped[:, 1].max()))
#> memmap (12000, 3) 25.9
del mapped  # release the mapping before deleting the file
# --8<-- [end:npy]

# --8<-- [start:speed]
def best_of_three(load) -> float:
    """CPU seconds of the fastest of three runs: other processes barely affect it."""
    timings = []
    for _ in range(3):
        start = time.process_time()
        load()
        timings.append(time.process_time() - start)
    return min(timings)


loadtxt_best = best_of_three(lambda: np.loadtxt(path, delimiter=",", skiprows=1))
genfromtxt_best = best_of_three(lambda: np.genfromtxt(path, delimiter=",", skip_header=1))
print(f"loadtxt over 1.25x as fast: {genfromtxt_best > 1.25 * loadtxt_best}")
#> loadtxt over 1.25x as fast: True
# --8<-- [end:speed]

# --8<-- [start:header]
try:
    np.loadtxt(path, delimiter=",")  # forgot skiprows=1
except ValueError as error:
    print(error)
#> could not convert string 'sensor' to float64 at row 0, column 1.
# --8<-- [end:header]

# --8<-- [start:gaps]
gappy = workdir / "gappy.csv"
gappy.write_text("sensor,temp,humidity\n0,20.5,40\n1,,42\n2,22.5,\n")
try:
    np.loadtxt(gappy, delimiter=",", skiprows=1)
except ValueError as error:
    print(error)
#> could not convert string '' to float64 at row 1, column 2.
filled = np.genfromtxt(gappy, delimiter=",", skip_header=1)  # gaps become nan
print(filled[:, 1].tolist())
#> [20.5, nan, 22.5]
print(float(filled[:, 1].mean()), float(np.nanmean(filled[:, 1])))
#> nan 21.5
# --8<-- [end:gaps]

shutil.rmtree(workdir)
