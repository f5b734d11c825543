import errno
import os
import stat
import subprocess
import sys
from pathlib import Path

# --8<-- [start:script]
GREET = '''\
#!/usr/bin/env python3
"""Greet someone from the command line."""
import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("name", help="who to greet")
    parser.add_argument("--times", type=int, default=1, help="how many greetings")
    parser.add_argument("--shout", action="store_true", help="use capital letters")
    args = parser.parse_args(argv)
    if args.times < 1:
        parser.error("--times must be at least 1")  # prints usage, exits with 2
    greeting = f"Hello, {args.name}!"
    for _ in range(args.times):
        print(greeting.upper() if args.shout else greeting)
    return 0


if __name__ == "__main__":
    sys.exit(main())
'''
# --8<-- [end:script]

# --8<-- [start:runner]
script = Path("greet.py")
script.write_text(GREET)
# `env python3` searches PATH: put the interpreter running this snippet first.
env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(script.resolve()), *args], capture_output=True, text=True, env=env
    )
# --8<-- [end:runner]


# --8<-- [start:not-executable]
os.chmod(script, 0o644)  # rw-r--r--: how a new file is usually created
print(stat.filemode(script.stat().st_mode))
#> -rw-r--r--
try:
    run("Ada")
except PermissionError as error:
    print(type(error).__name__, error.errno == errno.EACCES)
#> PermissionError True
# --8<-- [end:not-executable]

# --8<-- [start:key]
os.chmod(script, 0o755)  # chmod +x greet.py (rwxr-xr-x)
print(stat.filemode(script.stat().st_mode))
#> -rwxr-xr-x

result = run("Ada", "--times", "2")  # ./greet.py Ada --times 2
print(result.returncode, result.stdout, end="")
#> 0 Hello, Ada!
#> Hello, Ada!

bad = run("Ada", "--times", "two")
print(bad.returncode, bad.stderr.splitlines()[-1])
#> 2 greet.py: error: argument --times: invalid int value: 'two'
# --8<-- [end:key]

# --8<-- [start:parser-error]
print(run("Ada", "--times", "0").stderr.splitlines()[-1])
#> greet.py: error: --times must be at least 1
print(run().stderr.splitlines()[-1])  # the positional argument is missing
#> greet.py: error: the following arguments are required: name
# --8<-- [end:parser-error]

# --8<-- [start:main-argv]
sys.path.insert(0, os.getcwd())
import greet  # importing runs no code: the __main__ guard is false

print(greet.main(["Grace", "--shout"]))  # main(argv) is testable without a subprocess
#> HELLO, GRACE!
#> 0
# --8<-- [end:main-argv]

# --8<-- [start:crlf]
Path("greet_crlf.py").write_bytes(GREET.replace("\n", "\r\n").encode())
os.chmod("greet_crlf.py", 0o755)
broken = subprocess.run(
    [str(Path("greet_crlf.py").resolve()), "Ada"], capture_output=True, text=True, env=env
)
print(broken.returncode)  # 127: env found no program called "python3\r"
#> 127
print("python3\\r" in broken.stderr)  # env's message shows the stray carriage return
#> True
# --8<-- [end:crlf]
