import random
import re
import tempfile
from collections import Counter
from pathlib import Path

# --8<-- [start:copy]
WORD = re.compile(r"[\w']+")


def count_by_line(path: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            counts.update(WORD.findall(line.lower()))
    return counts


# --8<-- [end:copy]

# --8<-- [start:one-line]
rng = random.Random(7)
text = " ".join(rng.choices(["alpha", "beta", "café", "naïve"], k=10_000))
one_line = Path(tempfile.gettempdir()) / "one-line.txt"
one_line.write_text(text, encoding="utf-8")  # no newline anywhere
with one_line.open(encoding="utf-8") as lines:
    first_line = next(lines)
print(len(first_line) == len(text))  # "one line" is the whole file
#> True
# --8<-- [end:one-line]

# --8<-- [start:chunks]
TAIL = re.compile(r"[\w']*\Z")  # a word that may go on in the next chunk


def count_by_chunk(path: Path, chunk_chars: int = 1 << 16) -> Counter[str]:
    counts: Counter[str] = Counter()
    carry = ""
    with path.open(encoding="utf-8") as file:  # text mode: never half a character
        while chunk := file.read(chunk_chars):
            text = carry + chunk.lower()
            cut = TAIL.search(text).start()  # keep a possibly cut-off last word
            counts.update(WORD.findall(text, 0, cut))
            carry = text[cut:]
    counts.update(WORD.findall(carry))
    return counts


print(count_by_chunk(one_line).most_common(2))
#> [('beta', 2517), ('alpha', 2513)]
# --8<-- [end:chunks]

# --8<-- [start:agreement]
multi_line = Path(tempfile.gettempdir()) / "multi-line.txt"
multi_line.write_text(text.replace("a ", "a.\nThe ").capitalize(), encoding="utf-8")
for sample in [one_line, multi_line]:
    by_line = count_by_line(sample)
    same = all(by_line == count_by_chunk(sample, size) for size in [3, 7, 4096])
    print(f"{sample.name}: same counts with 3-, 7- and 4096-character chunks: {same}")
#> one-line.txt: same counts with 3-, 7- and 4096-character chunks: True
#> multi-line.txt: same counts with 3-, 7- and 4096-character chunks: True
# --8<-- [end:agreement]
