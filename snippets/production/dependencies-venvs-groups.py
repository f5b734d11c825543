# requires: packaging>=24
import platform
import tomllib

from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

# --8<-- [start:pyproject]
PYPROJECT = """\
[project]
name = "orders-service"
version = "1.4.0"
requires-python = ">=3.11"
dependencies = ["httpx>=0.27", "pydantic>=2.7,<3"]

[dependency-groups]
test = ["pytest>=8", "pytest-cov"]
lint = ["ruff>=0.15"]
dev = [{include-group = "test"}, {include-group = "lint"}, "ipython"]
"""
# --8<-- [end:pyproject]

# --8<-- [start:groups]
pyproject = tomllib.loads(PYPROJECT)
groups = pyproject["dependency-groups"]


def resolve(group: str) -> list[str]:
    """A group's requirements with include-group entries expanded (PEP 735)."""
    requirements = []
    for entry in groups[group]:
        if isinstance(entry, dict):
            requirements += resolve(entry["include-group"])
        else:
            requirements.append(entry)
    return requirements


print([Requirement(line).name for line in resolve("dev")])
#> ['pytest', 'pytest-cov', 'ruff', 'ipython']
print(pyproject["project"]["dependencies"])  # only these reach the package metadata
#> ['httpx>=0.27', 'pydantic>=2.7,<3']
# --8<-- [end:groups]

# --8<-- [start:requires-python]
supported = SpecifierSet(pyproject["project"]["requires-python"])
print(platform.python_version() in supported)  # the interpreter running this
#> True
print([version for version in ["3.10.16", "3.11.9", "3.14.0"] if version in supported])
#> ['3.11.9', '3.14.0']
# --8<-- [end:requires-python]
