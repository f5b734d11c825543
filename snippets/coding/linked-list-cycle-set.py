from __future__ import annotations

import random
from dataclasses import dataclass
from itertools import pairwise


# --8<-- [start:copy]
@dataclass(eq=False)
class Node:
    value: int
    next: Node | None = None


def build(values: list[int], cycle_to: int | None = None) -> Node | None:
    nodes = [Node(value) for value in values]
    for node, following in pairwise(nodes):
        node.next = following
    if nodes and cycle_to is not None:
        nodes[-1].next = nodes[cycle_to]
    return nodes[0] if nodes else None


def cycle_start(head: Node | None) -> Node | None:
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow, fast = slow.next, fast.next.next
        if slow is fast:
            finder = head
            while finder is not slow:
                finder, slow = finder.next, slow.next
            return finder
    return None


# --8<-- [end:copy]


# --8<-- [start:set]
def cycle_start_with_set(head: Node | None) -> Node | None:
    visited: set[Node] = set()  # eq=False: hashed by identity
    node = head
    while node is not None:
        if node in visited:  # the first node reached twice starts the cycle
            return node
        visited.add(node)
        node = node.next
    return None


print(cycle_start_with_set(build([3, 1, 4, 1, 5, 9], cycle_to=2)).value)
#> 4
# --8<-- [end:set]

# --8<-- [start:agreement]
rng = random.Random(5)
trials, same, with_cycle = 2000, 0, 0
for _ in range(trials):
    values = [rng.randint(0, 3) for _ in range(rng.randint(0, 12))]  # many equal values
    cycle_to = rng.choice([None, *range(len(values))])
    head = build(values, cycle_to)
    floyd, hashed = cycle_start(head), cycle_start_with_set(head)
    same += floyd is hashed  # the very same node object, or both None
    with_cycle += floyd is not None
print(f"same start node: {same} of {trials} lists ({with_cycle} with a cycle)")
#> same start node: 2000 of 2000 lists (1509 with a cycle)
# --8<-- [end:agreement]
