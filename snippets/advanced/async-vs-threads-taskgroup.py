import asyncio


async def fetch(name: str, delay: float, fail: bool = False) -> str:
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ConnectionError(name)
        print(f"{name} finished")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def with_task_group() -> None:
    try:
        async with asyncio.TaskGroup() as group:  # since 3.11
            group.create_task(fetch("prices", 0.01, fail=True))
            group.create_task(fetch("stock", 0.1))
    except Exception as errors:  # every failure, bundled together
        print(type(errors).__name__, [str(error) for error in errors.exceptions])


async def with_gather() -> None:
    try:
        await asyncio.gather(fetch("prices", 0.01, fail=True), fetch("stock", 0.1))
    except ConnectionError as error:  # only the first failure
        print("gather raised", type(error).__name__, error)
    await asyncio.sleep(0.2)  # meanwhile the other task runs on, unsupervised


asyncio.run(with_task_group())
#> stock cancelled
#> ExceptionGroup ['prices']
asyncio.run(with_gather())
#> gather raised ConnectionError prices
#> stock finished
