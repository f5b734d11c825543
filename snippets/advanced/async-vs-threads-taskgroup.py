import asyncio


async def fetch(name: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(name)
    print(f"{name} finished anyway")
    return name


async def main() -> None:
    stock = asyncio.create_task(fetch("stock", 0.05))
    try:
        await asyncio.gather(fetch("prices", 0.01, fail=True), stock)
    except ConnectionError as error:  # the first error only
        print("failed:", error, "| stock still running:", not stock.done())
    await stock  # gather did not cancel it: you must clean up yourself


asyncio.run(main())
#> failed: prices | stock still running: True
#> stock finished anyway
