import os
import subprocess
import sys
from pathlib import Path

Path("resize.py").write_text(
    "#!/usr/bin/env python3\n"
    '"""Resize product images."""\n'
    "import argparse\n"
    "\n"
    "parser = argparse.ArgumentParser(description=__doc__)\n"
    "parser.add_argument('paths', nargs='+', help='image files')\n"
    "parser.add_argument('-w', '--width', type=int, default=800, help='in pixels')\n"
    "parser.add_argument('--dry-run', action='store_true', help='change nothing')\n"
    "parser.parse_args()\n"
)
os.chmod("resize.py", 0o755)
path = f"{Path(sys.executable).parent}:{os.environ['PATH']}"

# ./resize.py --help   (COLUMNS fixes the wrapping width)
result = subprocess.run(
    [str(Path("resize.py").resolve()), "--help"],
    capture_output=True,
    text=True,
    env={**os.environ, "PATH": path, "COLUMNS": "80"},
)
print(result.returncode)
#> 0
print(result.stdout, end="")
#> usage: resize.py [-h] [-w WIDTH] [--dry-run] paths [paths ...]
#>
#> Resize product images.
#>
#> positional arguments:
#>   paths              image files
#>
#> options:
#>   -h, --help         show this help message and exit
#>   -w, --width WIDTH  in pixels
#>   --dry-run          change nothing
