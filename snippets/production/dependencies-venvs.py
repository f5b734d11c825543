import importlib.util
import platform
import subprocess
import sys
from pathlib import Path

# --8<-- [start:key]
venv_dir = Path("demo-venv").absolute()
subprocess.run(  # python -m venv demo-venv
    [sys.executable, "-m", "venv", "--without-pip", venv_dir],
    capture_output=True,
    check=True,
)
python = venv_dir / "bin" / "python"  # no activation needed
code = "import sys; print(sys.prefix, sys.base_prefix)"
args = [python, "-c", code]
inside = subprocess.run(args, capture_output=True, text=True)
prefix, base_prefix = inside.stdout.split()
print(prefix == str(venv_dir), base_prefix == sys.base_prefix)
#> True True
# --8<-- [end:key]

# --8<-- [start:config]
config = dict(
    line.split(" = ", 1) for line in (venv_dir / "pyvenv.cfg").read_text().splitlines() if line
)
print(config["include-system-site-packages"])
#> false
print(config["version"] == platform.python_version())  # the interpreter that created it
#> True
print(Path(config["home"]).is_dir())  # where the real interpreter lives
#> True
# --8<-- [end:config]

# --8<-- [start:isolation]
print(importlib.util.find_spec("pytest") is not None)  # installed where this snippet runs
#> True
probe = "import importlib.util; print(importlib.util.find_spec('pytest') is None)"
print(subprocess.run([python, "-c", probe], capture_output=True, text=True).stdout, end="")
#> True
no_pip = subprocess.run([python, "-m", "pip", "--version"], capture_output=True, text=True)
print(no_pip.returncode, "No module named pip" in no_pip.stderr)
#> 1 True
# --8<-- [end:isolation]

# --8<-- [start:activate]
# source demo-venv/bin/activate only changes environment variables of the current shell
activated = subprocess.run(
    ["bash", "-c", ". demo-venv/bin/activate && command -v python && echo $VIRTUAL_ENV"],
    capture_output=True,
    text=True,
)
found_python, virtual_env = activated.stdout.split()
print(Path(found_python) == python, Path(virtual_env) == venv_dir)
#> True True
# --8<-- [end:activate]

# --8<-- [start:absolute-paths]
activate_script = (venv_dir / "bin" / "activate").read_text()
print(str(venv_dir) in activate_script)  # moved venvs break
#> True
# --8<-- [end:absolute-paths]
