import asyncio


async def fetch(name: str, delay: float, fail: bool = False) -> str:
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ConnectionError(name)
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as group:  # since 3.11
            group.create_task(fetch("prices", 0.01, fail=True))
            group.create_task(fetch("stock", 0.5))
    except Exception as group:  # every failure, bundled together
        print(type(group).__name__, [str(error) for error in group.exceptions])


asyncio.run(main())
#> stock cancelled
#> ExceptionGroup ['prices']
