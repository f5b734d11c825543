# requires: packaging>=24
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

releases = ["2.30.0", "2.31.0", "2.32.3", "3.0.0rc1", "3.0.0"]

# --8<-- [start:specifiers]
for spec in ["==2.31.0", "~=2.31.0", "~=2.31", ">=2.31,<3", ">=2.31"]:
    print(f"{spec:<10}", list(SpecifierSet(spec).filter(releases)))
#> ==2.31.0   ['2.31.0']
#> ~=2.31.0   ['2.31.0']
#> ~=2.31     ['2.31.0', '2.32.3']
#> >=2.31,<3  ['2.31.0', '2.32.3']
#> >=2.31     ['2.31.0', '2.32.3', '3.0.0']
# --8<-- [end:specifiers]

# --8<-- [start:markers]
requirement = Requirement('tomli>=2; python_version < "3.11"')  # needed only before 3.11
print(requirement.name, requirement.specifier)
#> tomli >=2
print(requirement.marker.evaluate({"python_version": "3.10"}))
#> True
print(requirement.marker.evaluate({"python_version": "3.13"}))
#> False
# --8<-- [end:markers]
