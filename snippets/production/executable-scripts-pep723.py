import tomllib

# --8<-- [start:script]
REPORT = '''\
#!/usr/bin/env -S uv run --script
# /// script
# requires-python = ">=3.11"
# dependencies = [
#     "httpx>=0.27",
#     "rich>=13",
# ]
# ///
"""Print today's orders as a table."""
import httpx
from rich import print
'''
# --8<-- [end:script]


# --8<-- [start:parse]
def script_metadata(source: str, block: str = "script") -> dict:
    """The TOML of a `# /// block` comment (PEP 723), parsed."""
    lines = source.splitlines()
    start = lines.index(f"# /// {block}") + 1
    end = lines.index("# ///", start)
    content = lines[start:end]
    if not all(line == "#" or line.startswith("# ") for line in content):
        raise ValueError("every line of the block must start with '# '")
    return tomllib.loads("\n".join(line[2:] for line in content))


metadata = script_metadata(REPORT)
print(metadata["requires-python"])
#> >=3.11
print(metadata["dependencies"])
#> ['httpx>=0.27', 'rich>=13']
# --8<-- [end:parse]
