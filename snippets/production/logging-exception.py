import logging


# --8<-- [start:capture]
class ListHandler(logging.Handler):
    """Keeps records in memory, like pytest's caplog does."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


log = logging.getLogger("shop.refunds")
captured = ListHandler()
log.addHandler(captured)
log.propagate = False  # keep this demo's records off any other handler
text = logging.Formatter("%(levelname)s %(message)s")
# --8<-- [end:capture]


# --8<-- [start:exception]
def refund(amount_cents: int, items: int) -> float:
    return amount_cents / items


try:
    refund(1000, items=0)
except ZeroDivisionError as error:
    log.error("refund failed: %s", error)  # message only
    log.exception("refund failed for order %s", 7)  # ERROR + traceback

without, with_traceback = captured.records
print(without.exc_info, with_traceback.levelname)
#> None ERROR
lines = text.format(with_traceback).splitlines()
print(*lines[:2], "...", lines[-1], sep="\n")  # file paths left out
#> ERROR refund failed for order 7
#> Traceback (most recent call last):
#> ...
#> ZeroDivisionError: division by zero
# --8<-- [end:exception]

# --8<-- [start:outside-except]
log.exception("called outside an except block")
print(text.format(captured.records[-1]).splitlines()[-1])
#> NoneType: None
# --8<-- [end:outside-except]
