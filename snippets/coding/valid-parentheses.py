# --8<-- [start:key]
OPENER_OF = {")": "(", "]": "[", "}": "{"}  # closer -> opener


def is_balanced(text: str) -> bool:
    stack: list[str] = []
    for char in text:
        if char in "([{":
            stack.append(char)
        elif char in OPENER_OF:
            if not stack or stack.pop() != OPENER_OF[char]:
                return False
    return not stack  # leftovers are unclosed openers
# --8<-- [end:key]


# --8<-- [start:edges]
cases = ["", "()[]{}", "{[()()]}", "(]", "([)]", ")(", "((", "]", "f(a[0]) {x}", 'f(")")']
for text in cases:
    print(f"{text!r:14} {is_balanced(text)}")
#> ''             True
#> '()[]{}'       True
#> '{[()()]}'     True
#> '(]'           False
#> '([)]'         False
#> ')('           False
#> '(('           False
#> ']'            False
#> 'f(a[0]) {x}'  True
#> 'f(")")'       False
# --8<-- [end:edges]

# --8<-- [start:counter]
def is_balanced_by_counting(text: str) -> bool:
    depth = 0
    for char in text:
        depth += (char in "([{") - (char in ")]}")
    return depth == 0


print(is_balanced_by_counting("([)]"), is_balanced_by_counting(")("))
#> True True
print(is_balanced("([)]"), is_balanced(")("))
#> False False
# --8<-- [end:counter]

# --8<-- [start:empty-pop]
try:
    [].pop()  # what `stack.pop()` does without the `not stack` guard
except IndexError as error:
    print(type(error).__name__, error)
#> IndexError pop from empty list
# --8<-- [end:empty-pop]
