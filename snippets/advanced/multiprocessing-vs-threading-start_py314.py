import subprocess
import sys
from pathlib import Path

Path("start.py").write_text('''
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

mode = "as imported"


def report() -> str:
    return f"worker runs {__name__}, mode {mode!r}"


if __name__ == "__main__":
    mode = "changed by the parent"  # after the import, at run time
    print(multiprocessing.get_start_method())  # the default here
    with ProcessPoolExecutor(max_workers=1) as pool:
        print(pool.submit(report).result())
    child = multiprocessing.Process(target=lambda: None)
    try:
        child.start()
        child.join()
        print("a lambda target ran, exit code", child.exitcode)
    except Exception as error:
        print(type(error).__name__)
''')
done = subprocess.run([sys.executable, "start.py"], capture_output=True, text=True)
print(done.stdout + done.stderr, end="")  # run as a program, as scripts are
#> forkserver
#> worker runs __mp_main__, mode 'as imported'
#> PicklingError
