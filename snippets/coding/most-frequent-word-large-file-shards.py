import heapq
import itertools
import os
import random
import re
import subprocess
import sys
import tempfile
import zlib
from collections import Counter
from contextlib import ExitStack
from pathlib import Path

# --8<-- [start:setup]
WORD = re.compile(r"[\w']+")
workdir = Path(tempfile.gettempdir())
Winner = tuple[str, int] | None


def best(counts: Counter[str]) -> Winner:
    """Highest count; ties go to the alphabetically first word, a rule shards can share."""
    return min(counts.items(), key=lambda item: (-item[1], item[0]), default=None)


# --8<-- [end:setup]


# --8<-- [start:hash-seed]
def hash_in_new_process(seed: str) -> str:
    command = [sys.executable, "-c", "print(hash('apple'))"]
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run(command, env=env, capture_output=True, text=True).stdout


print(hash_in_new_process("1") == hash_in_new_process("2"))  # str hashes are salted
#> False
print(zlib.crc32(b"apple"))  # the same in every process and on every machine
#> 2838417488
# --8<-- [end:hash-seed]


# --8<-- [start:shards]
def most_frequent_by_shards(path: Path, shards: int = 8) -> Winner:
    names = [workdir / f"shard-{number}.txt" for number in range(shards)]
    with ExitStack() as stack, path.open(encoding="utf-8") as lines:
        outputs = [stack.enter_context(name.open("w", encoding="utf-8")) for name in names]
        for line in lines:  # pass 1: every copy of a word goes to the same shard
            for word in WORD.findall(line.lower()):
                outputs[zlib.crc32(word.encode()) % shards].write(word + "\n")
    winners: Counter[str] = Counter()
    for name in names:  # pass 2: one shard's vocabulary in memory at a time
        with name.open(encoding="utf-8") as shard:
            winner = best(Counter(word.rstrip("\n") for word in shard))
        if winner is not None:
            winners[winner[0]] = winner[1]
    return best(winners)
# --8<-- [end:shards]


# --8<-- [start:external-sort]
def most_frequent_by_sorting(path: Path, run_words: int = 5_000) -> Winner:
    runs: list[Path] = []

    def write_run(batch: list[str]) -> None:  # pass 1: sorted runs that fit in memory
        runs.append(workdir / f"run-{len(runs)}.txt")
        runs[-1].write_text("".join(f"{word}\n" for word in sorted(batch)), "utf-8")

    batch: list[str] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            batch.extend(WORD.findall(line.lower()))
            if len(batch) >= run_words:
                write_run(batch)
                batch = []
    if batch:
        write_run(batch)
    winner: Winner = None
    with ExitStack() as stack:
        files = [stack.enter_context(run.open(encoding="utf-8")) for run in runs]
        for word, copies in itertools.groupby(heapq.merge(*files)):  # pass 2: merge
            count = sum(1 for _ in copies)
            if winner is None or count > winner[1]:  # sorted: ties keep the first word
                winner = (word.rstrip("\n"), count)
    return winner
# --8<-- [end:external-sort]


# --8<-- [start:agreement]
rng = random.Random(99)
path = workdir / "corpus.txt"
trials, same, tied = 100, 0, 0
for _ in range(trials):  # a small vocabulary, so ties are common
    words = rng.choices(["ant", "bee", "cat", "dog", "eel"], k=rng.randint(0, 60))
    path.write_text("\n".join(" ".join(words[i : i + 7]) for i in range(0, len(words), 7)), "utf-8")
    top_two = Counter(words).most_common(2)
    tied += len(top_two) == 2 and top_two[0][1] == top_two[1][1]
    in_memory = best(Counter(words))
    same += in_memory == most_frequent_by_shards(path) == most_frequent_by_sorting(path, 10)
print(f"in memory, sharded and externally sorted agree: {same} of {trials} ({tied} tied)")
#> in memory, sharded and externally sorted agree: 100 of 100 (22 tied)
# --8<-- [end:agreement]
