import random
import re
import tempfile
import tracemalloc
from collections import Counter
from pathlib import Path

# --8<-- [start:setup]
# A reproducible text file: 50,000 words from a 2,000-word vocabulary,
# skewed like real text (Zipf: the r-th word is about 1/r as common as the first).
rng = random.Random(2024)
vocabulary = [f"w{rank}" for rank in range(1, 2001)]
words = rng.choices(vocabulary, [1 / rank for rank in range(1, 2001)], k=50_000)
path = Path(tempfile.gettempdir()) / "corpus.txt"
with path.open("w", encoding="utf-8") as out:
    for start in range(0, len(words), 10):  # sentences of ten words
        out.write(" ".join(words[start : start + 10]).capitalize() + ".\n")
del words  # from here on, only the file holds the text
print(f"{path.stat().st_size / 1e6:.2f} MB, {50_000:,} words")
#> 0.21 MB, 50,000 words
# --8<-- [end:setup]

# --8<-- [start:key]
WORD = re.compile(r"[\w']+")


def most_frequent_word(path: Path) -> tuple[str, int] | None:
    counts: Counter[str] = Counter()
    with path.open(encoding="utf-8") as lines:
        for line in lines:  # one line in memory at a time
            counts.update(WORD.findall(line.lower()))
    top = counts.most_common(1)  # ties: the first word seen
    return top[0] if top else None
# --8<-- [end:key]


# --8<-- [start:run]
print(most_frequent_word(path))
#> ('w1', 6086)
# --8<-- [end:run]

# --8<-- [start:edges]
samples = {
    "empty.txt": "",
    "case.txt": "The cat saw THE dog; the end",  # case and punctuation
    "accents.txt": "Café CAFÉ naïve",  # \w and lower() handle Unicode
    "tie.txt": "red blue\nblue red",  # a tie: the first word seen wins
    "no-newline.txt": "one two two",  # last line without "\n"
}
for name, text in samples.items():
    sample = Path(tempfile.gettempdir()) / name
    sample.write_text(text, encoding="utf-8")
    print(f"{name:15} {most_frequent_word(sample)}")
#> empty.txt       None
#> case.txt        ('the', 3)
#> accents.txt     ('café', 2)
#> tie.txt         ('red', 2)
#> no-newline.txt  ('two', 2)
# --8<-- [end:edges]


# --8<-- [start:memory]
def peak_bytes(count_words, text_file: Path) -> int:
    tracemalloc.start()
    count_words(text_file)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def count_all_at_once(text_file: Path) -> Counter[str]:
    return Counter(WORD.findall(text_file.read_text("utf-8").lower()))


bigger = path.with_name("corpus-x4.txt")
bigger.write_text(path.read_text("utf-8") * 4, "utf-8")  # 4x the text, same words
for count_words in [most_frequent_word, count_all_at_once]:
    growth = peak_bytes(count_words, bigger) / peak_bytes(count_words, path)
    print(f"{count_words.__name__}: peak x{round(growth)} for 4x the file")
#> most_frequent_word: peak x1 for 4x the file
#> count_all_at_once: peak x4 for 4x the file
# --8<-- [end:memory]
