# --8<-- [start:key]
def longest_unique(text: str) -> str:
    last_seen: dict[str, int] = {}  # char -> its latest index
    start = best_start = best_len = 0
    for end, char in enumerate(text):
        if last_seen.get(char, -1) >= start:  # repeat in window
            start = last_seen[char] + 1  # jump past the repeat
        last_seen[char] = end
        if end - start + 1 > best_len:
            best_start, best_len = start, end - start + 1
    return text[best_start : best_start + best_len]
# --8<-- [end:key]


# --8<-- [start:edges]
for text in ["abcabcbb", "pwwkew", "bbbbb", "", "a", "abba", "dvdf", "a b c"]:
    print(f"{text!r:11} -> {longest_unique(text)!r}")
#> 'abcabcbb'  -> 'abc'
#> 'pwwkew'    -> 'wke'
#> 'bbbbb'     -> 'b'
#> ''          -> ''
#> 'a'         -> 'a'
#> 'abba'      -> 'ab'
#> 'dvdf'      -> 'vdf'
#> 'a b c'     -> 'a b'
# --8<-- [end:edges]

# --8<-- [start:no-guard]
def longest_unique_no_guard(text: str) -> int:
    last_seen: dict[str, int] = {}
    start = best = 0
    for end, char in enumerate(text):
        if char in last_seen:  # BUG: also true for repeats left of the window
            start = last_seen[char] + 1
        last_seen[char] = end
        best = max(best, end - start + 1)
    return best


print(longest_unique_no_guard("abba"), len(longest_unique("abba")))
#> 3 2
# --8<-- [end:no-guard]
