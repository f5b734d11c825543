from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise


# --8<-- [start:node]
@dataclass(eq=False)  # compare and hash nodes by identity
class Node:
    value: int
    next: Node | None = None


def build(values: list[int], cycle_to: int | None = None) -> Node | None:
    """A linked list of `values`; if `cycle_to` is set, the tail points back to that index."""
    nodes = [Node(value) for value in values]
    for node, following in pairwise(nodes):
        node.next = following
    if nodes and cycle_to is not None:
        nodes[-1].next = nodes[cycle_to]
    return nodes[0] if nodes else None
# --8<-- [end:node]


# --8<-- [start:key]
def has_cycle(head: Node | None) -> bool:
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next  # one step
        fast = fast.next.next  # two steps
        if slow is fast:  # identity, never ==
            return True
    return False  # the hare reached the end
# --8<-- [end:key]


# --8<-- [start:edges]
print(has_cycle(None))  # empty list
#> False
print(has_cycle(build([1])))  # one node, no cycle
#> False
print(has_cycle(build([1], cycle_to=0)))  # one node pointing at itself
#> True
print(has_cycle(build([1, 2], cycle_to=0)))  # shortest cycle of two nodes
#> True
print(has_cycle(build([1, 2, 3, 4, 5])))  # odd length: hare stops on the tail
#> False
print(has_cycle(build([1, 2, 3, 4])))  # even length: hare steps off the end
#> False
print(has_cycle(build([7, 7, 7, 7], cycle_to=3)))  # equal values do not matter
#> True
# --8<-- [end:edges]



# --8<-- [start:unguarded]
def has_cycle_unguarded(head: Node | None) -> bool:
    slow = fast = head
    while fast is not None:  # BUG: fast.next may be None
        slow, fast = slow.next, fast.next.next
        if slow is fast:
            return True
    return False


print(has_cycle_unguarded(build([1, 2, 3, 4])))  # even length: the hare lands on None
#> False
try:
    has_cycle_unguarded(build([1, 2, 3]))  # odd length: the hare lands on the tail
except AttributeError as error:
    print(type(error).__name__, error)
#> AttributeError 'NoneType' object has no attribute 'next'
# --8<-- [end:unguarded]

# --8<-- [start:cycle-start]
def cycle_start(head: Node | None) -> Node | None:
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow, fast = slow.next, fast.next.next
        if slow is fast:  # they met inside the cycle
            finder = head
            while finder is not slow:  # both now need the same number of steps
                finder, slow = finder.next, slow.next
            return finder
    return None


print(cycle_start(build([3, 1, 4, 1, 5, 9], cycle_to=2)).value)
#> 4
print(cycle_start(build([3, 1, 4])))
#> None
# --8<-- [end:cycle-start]


# --8<-- [start:default-dataclass]
@dataclass  # default eq=True: __eq__ compares fields, __hash__ is None
class ValueNode:
    value: int
    next: ValueNode | None = None


first, second = ValueNode(1), ValueNode(1)
first.next, second.next = first, second  # two separate one-node cycles
print(first)  # the generated repr guards against recursion
#> ValueNode(value=1, next=...)
try:
    print(first == second)  # compares next, then next.next, ...
except RecursionError as error:
    print(type(error).__name__)
#> RecursionError
print(ValueNode.__hash__)  # so the set approach cannot store these nodes
#> None
try:
    visited = {first}
except TypeError as error:
    print(type(error).__name__)
#> TypeError
# --8<-- [end:default-dataclass]
