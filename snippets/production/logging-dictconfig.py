import json
import logging
import logging.config

# --8<-- [start:dictconfig]
sdk = logging.getLogger("payments_sdk")  # a library's logger, created when it was imported


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {"level": record.levelname, "logger": record.name}
        entry["message"] = record.getMessage()
        entry.update(getattr(record, "fields", {}))  # structured data passed via extra=
        return json.dumps(entry)


CONFIG = {
    "version": 1,
    "disable_existing_loggers": False,  # the default, True, silences `sdk`
    "formatters": {"json": {"()": JsonFormatter}},
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "json",
        }
    },
    "loggers": {"shop": {"level": "DEBUG"}},
    "root": {"level": "WARNING", "handlers": ["stdout"]},
}
logging.config.dictConfig(CONFIG)

orders = logging.getLogger("shop.orders")
orders.debug("order %s created", 7, extra={"fields": {"total": 9.5}})
#> {"level": "DEBUG", "logger": "shop.orders", "message": "order 7 created", "total": 9.5}
sdk.warning("retrying charge")
#> {"level": "WARNING", "logger": "payments_sdk", "message": "retrying charge"}
sdk.info("card tokenised")  # below the root's WARNING
# --8<-- [end:dictconfig]

# --8<-- [start:disable-existing]
logging.config.dictConfig({**CONFIG, "disable_existing_loggers": True})
sdk.error("declined")  # silently dropped
print(sdk.disabled)
#> True
# --8<-- [end:disable-existing]
