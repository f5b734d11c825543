import itertools

# --8<-- [start:copy]
OPENER_OF = {")": "(", "]": "[", "}": "{"}


def is_balanced(text: str) -> bool:
    stack: list[str] = []
    for char in text:
        if char in "([{":
            stack.append(char)
        elif char in OPENER_OF:
            if not stack or stack.pop() != OPENER_OF[char]:
                return False
    return not stack


# --8<-- [end:copy]


# --8<-- [start:replace]
def is_balanced_by_replacing(text: str) -> bool:
    previous = None
    while text != previous:  # delete innermost pairs until nothing changes
        previous = text
        text = text.replace("()", "").replace("[]", "").replace("{}", "")
    return text == ""


print(is_balanced_by_replacing("{[()()]}"), is_balanced_by_replacing("([)]"))
#> True False
# --8<-- [end:replace]

# --8<-- [start:agreement]
checked = agreed = balanced = 0
for length in range(7):  # every bracket string of length 0 to 6
    for chars in itertools.product("()[]{}", repeat=length):
        text = "".join(chars)
        checked += 1
        agreed += is_balanced(text) == is_balanced_by_replacing(text)
        balanced += is_balanced(text)
print(f"checked {checked:,}, agreed {agreed:,}, balanced {balanced}")
#> checked 55,987, agreed 55,987, balanced 157
# --8<-- [end:agreement]
