import subprocess
import sys
from pathlib import Path

# python -m venv env, then: ls -A env
subprocess.run([sys.executable, "-m", "venv", "--without-pip", "env"], capture_output=True)
print(sorted(path.name for path in Path("env").iterdir()))
#> ['bin', 'include', 'lib', 'lib64', 'pyvenv.cfg']
