import logging
import sys

# --8<-- [start:key]
logging.basicConfig(  # once, in the entry point only
    stream=sys.stdout,
    level=logging.INFO,
    format="%(levelname)s %(name)s: %(message)s",
)
log = logging.getLogger("shop.orders")  # __name__ in a module

log.debug("cart contents: %s", ["SKU-7"])  # below INFO: dropped
log.info("order %s paid", 1042)
#> INFO shop.orders: order 1042 paid
log.warning("stock low for %s", "SKU-7")
#> WARNING shop.orders: stock low for SKU-7
# --8<-- [end:key]


# --8<-- [start:lazy]
class Cart:
    renders = 0

    def __str__(self) -> str:
        Cart.renders += 1
        return "Cart(3 items)"


cart = Cart()
log.debug("cart: %s", cart)  # filtered before the message is built
print(Cart.renders)
#> 0
log.debug(f"cart: {cart}")  # the f-string is built first, then thrown away
print(Cart.renders)
#> 1
# --8<-- [end:lazy]

# --8<-- [start:hierarchy]
payments = logging.getLogger("shop.payments")
logging.getLogger("shop").setLevel(logging.WARNING)  # quieten a whole subsystem
print(payments.parent.name, logging.getLevelName(payments.getEffectiveLevel()))
#> shop WARNING
payments.info("refund queued")  # filtered: inherits WARNING from "shop"
payments.error("refund failed for order %s", 1042)
#> ERROR shop.payments: refund failed for order 1042
# --8<-- [end:hierarchy]

# --8<-- [start:basicconfig-once]
jobs = logging.getLogger("jobs")
logging.basicConfig(level=logging.DEBUG, format="%(message)s")  # root has a handler: ignored
jobs.debug("not shown: the level is still INFO")
jobs.error("the format is unchanged too")
#> ERROR jobs: the format is unchanged too
logging.basicConfig(stream=sys.stdout, format="%(levelname)s| %(message)s", force=True)
jobs.error("force=True (3.8+) replaced the handler")
#> ERROR| force=True (3.8+) replaced the handler
# --8<-- [end:basicconfig-once]
