import pstats
import subprocess
import sys
from pathlib import Path

Path("slow_report.py").write_text(
    "def tokens(text):\n"
    "    return text.split()\n"
    "\n"
    "def count_words(lines):\n"
    "    found = []\n"
    "    for line in lines:\n"
    "        for word in tokens(line):\n"
    "            if word not in found:\n"
    "                found.append(word)\n"
    "    return len(found)\n"
    "\n"
    "print(count_words([f'w{n % 900} w{n % 700}' for n in range(5000)]))\n"
)

# python -m cProfile -s tottime slow_report.py
run = subprocess.run(
    [sys.executable, "-m", "cProfile", "-s", "tottime", "slow_report.py"],
    capture_output=True,
    text=True,
)
report = run.stdout.splitlines()
print(report[0])  # the script's own output comes first
#> 900
header = next(i for i, line in enumerate(report) if line.lstrip().startswith("ncalls"))
print(report[header].split())
#> ['ncalls', 'tottime', 'percall', 'cumtime', 'percall', 'filename:lineno(function)']
print(report[header + 1].split()[-1])  # first row: most time spent in its own body
#> slow_report.py:4(count_words)

# python -m cProfile -o report.prof slow_report.py, then load the file
subprocess.run(
    [sys.executable, "-m", "cProfile", "-o", "report.prof", "slow_report.py"],
    capture_output=True,
)
profile = pstats.Stats("report.prof").get_stats_profile()
print(profile.func_profiles["tokens"].ncalls)
#> 5000
