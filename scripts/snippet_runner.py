"""Run snippets isolated and fast: a fork server.

The server imports the heavy libraries once, then forks one child per snippet.
Each child gets its own process group, a fresh temporary working directory
(also its TMPDIR), a timeout, a network guard that allows only loopback, and a
write guard that keeps it inside that directory. It reports what each
top-level statement printed.

The client (``SnippetRunner``) sends every path up front, so the server runs
ahead of the test that reads the result. Start it as a module:
``python scripts/snippet_runner.py PATH...`` prints the results as JSON lines.
"""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from snippets import statement_bounds, statement_for

HEAVY_MODULES = ["numpy", "pandas", "asyncio", "concurrent.futures", "json", "decimal", "dataclasses", "typing"]
THREAD_LIMITS = ["OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"]
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1", "0.0.0.0", "", None}
DEFAULT_TIMEOUT = 10.0


# --------------------------------------------------------------------------- client


class SnippetRunner:
    """Talks to one fork server over pipes; results are cached by path."""

    def __init__(self, python: str = sys.executable, timeout: float = DEFAULT_TIMEOUT, workers: int | None = None):
        env = dict(os.environ)
        env.update({name: "1" for name in THREAD_LIMITS})
        env.setdefault("PYTHONHASHSEED", str(int.from_bytes(os.urandom(2), "big")))
        self.hash_seed = env["PYTHONHASHSEED"]
        self.timeout = timeout
        workers = workers or max(1, os.cpu_count() or 1)
        self._process = subprocess.Popen(
            [python, __file__, "--serve", "--workers", str(workers), "--timeout", str(timeout)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            text=True,
            bufsize=1,
        )
        self._results: dict[str, dict] = {}
        self._submitted: set[str] = set()

    def submit(self, paths) -> None:
        for path in paths:
            key = str(Path(path).resolve())
            if key not in self._submitted:
                self._submitted.add(key)
                self._process.stdin.write(json.dumps({"path": key}) + "\n")
        self._process.stdin.flush()

    def result(self, path) -> dict:
        key = str(Path(path).resolve())
        self.submit([key])
        while key not in self._results:
            line = self._process.stdout.readline()
            if not line:
                raise RuntimeError("the snippet server stopped unexpectedly; run with -s to see its stderr")
            result = json.loads(line)
            self._results[result["path"]] = result
        return self._results[key]

    def close(self) -> None:
        if self._process.poll() is None:
            self._process.stdin.close()
            try:
                self._process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self._process.kill()

    def __enter__(self) -> SnippetRunner:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# --------------------------------------------------------------------------- server


def _isolate_network() -> bool:
    """As root on Linux: a network namespace of our own, with only loopback up."""
    if sys.platform != "linux" or os.geteuid() != 0:
        return False
    import ctypes
    import fcntl
    import socket
    import struct

    clone_newnet = 0x40000000
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.unshare(clone_newnet) != 0:
        return False
    siocgifflags, siocsifflags, iff_up = 0x8913, 0x8914, 0x1
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        request = struct.pack("16sH14s", b"lo", 0, b"")
        flags = struct.unpack("16sH14s", fcntl.ioctl(sock, siocgifflags, request))[1]
        fcntl.ioctl(sock, siocsifflags, struct.pack("16sH14s", b"lo", flags | iff_up, b""))
    return True


def _warm_up() -> None:
    """Import and exercise heavy libraries once, so children start warm."""
    import importlib

    for name in HEAVY_MODULES:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    if "pandas" in sys.modules:
        import pandas as pd

        frame = pd.DataFrame({"key": ["a", "b", "a"], "value": [1.0, None, 3.0]})
        repr(frame.groupby("key").sum())
        repr(frame.merge(frame, on="key").fillna(0))
    if "numpy" in sys.modules:
        import numpy as np

        repr(np.arange(6).reshape(2, 3) @ np.ones(3))
    import asyncio

    asyncio.run(asyncio.sleep(0))
    import threading

    assert threading.active_count() == 1, "warm-up left a thread running; forking would copy a broken lock"


def serve(workers: int, timeout: float) -> None:
    protocol = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)  # library noise in the server must not corrupt the protocol
    network_isolated = _isolate_network()
    _warm_up()
    import gc

    gc.collect()
    gc.freeze()
    scratch = tempfile.mkdtemp(prefix="snippets-")
    selector = selectors.DefaultSelector()
    stdin = sys.stdin.buffer.raw
    selector.register(stdin, selectors.EVENT_READ, "stdin")
    queue: list[str] = []
    running: dict[int, dict] = {}  # read fd -> job
    buffer = b""
    stdin_open = True
    try:
        while stdin_open or queue or running:
            while queue and len(running) < workers:
                job = _start_child(queue.pop(0), scratch, timeout)
                job["network_isolated"] = network_isolated
                running[job["fd"]] = job
                selector.register(job["fd"], selectors.EVENT_READ, "child")
            wait = min((job["deadline"] - time.monotonic() for job in running.values()), default=None)
            events = selector.select(timeout=None if wait is None else max(wait, 0))
            for key, _ in events:
                if key.data == "stdin":
                    chunk = os.read(stdin.fileno(), 65536)
                    if not chunk:
                        stdin_open = False
                        selector.unregister(stdin)
                        continue
                    buffer += chunk
                    *lines, buffer = buffer.split(b"\n")
                    queue.extend(json.loads(line)["path"] for line in lines if line.strip())
                else:
                    job = running[key.fd]
                    data = os.read(key.fd, 1 << 20)
                    if data:
                        job["data"] += data
                        continue
                    selector.unregister(key.fd)
                    del running[key.fd]
                    protocol.write(json.dumps(_finish_child(job, timed_out=False)) + "\n")
            now = time.monotonic()
            for fd, job in list(running.items()):
                if now >= job["deadline"]:
                    selector.unregister(fd)
                    del running[fd]
                    protocol.write(json.dumps(_finish_child(job, timed_out=True)) + "\n")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _start_child(path: str, scratch: str, timeout: float) -> dict:
    read_fd, write_fd = os.pipe()
    job_dir = tempfile.mkdtemp(dir=scratch)
    workdir = os.path.join(job_dir, "work")
    os.mkdir(workdir)
    raw_path = os.path.join(job_dir, "raw-output")
    fault_path = os.path.join(job_dir, "faulthandler")
    pid = os.fork()
    if pid == 0:  # child: never return into the server's code
        status = 70
        try:
            os.close(read_fd)
            _run_in_child(path, workdir, raw_path, fault_path, write_fd, timeout)
            status = 0
        finally:
            os._exit(status)
    os.close(write_fd)
    return {
        "path": path,
        "pid": pid,
        "fd": read_fd,
        "data": b"",
        "job_dir": job_dir,
        "raw_path": raw_path,
        "fault_path": fault_path,
        "started": time.monotonic(),
        "deadline": time.monotonic() + timeout,
        "timeout": timeout,
    }


def _finish_child(job: dict, timed_out: bool) -> dict:
    try:
        os.killpg(job["pid"], signal.SIGKILL)  # and whatever the snippet started
    except ProcessLookupError:
        pass
    _, wait_status = os.waitpid(job["pid"], 0)
    os.close(job["fd"])
    seconds = round(time.monotonic() - job["started"], 3)
    try:
        result = json.loads(job["data"]) if job["data"] and not timed_out else None
    except json.JSONDecodeError:
        result = None
    if result is None:
        result = {"outputs": {}, "errors": []}
        if timed_out:
            line = _line_from_faulthandler(job["fault_path"], job["path"])
            result["errors"].append(
                {"line": line, "message": f"timed out after {job['timeout']:g} s (still running this line)"}
            )
        else:
            result["errors"].append({"line": None, "message": f"the snippet process died (wait status {wait_status})"})
    raw = Path(job["raw_path"]).read_text(errors="replace") if os.path.exists(job["raw_path"]) else ""
    if raw.strip():
        result["errors"].append(
            {
                "line": None,
                "message": "wrote to file descriptor 1 or 2 directly, bypassing sys.stdout "
                "(a subprocess whose output was not captured?):\n" + raw[:2000],
            }
        )
    shutil.rmtree(job["job_dir"], ignore_errors=True)
    result.update(path=job["path"], seconds=seconds, network_isolated=job.get("network_isolated", False))
    return result


def _line_from_faulthandler(fault_path: str, snippet_path: str) -> int | None:
    try:
        dump = Path(fault_path).read_text(errors="replace")
    except OSError:
        return None
    for line in dump.splitlines():
        if snippet_path in line and ", line " in line:
            try:
                return int(line.split(", line ")[1].split()[0])
            except (IndexError, ValueError):
                return None
    return None


def _run_in_child(path: str, workdir: str, raw_path: str, fault_path: str, result_fd: int, timeout: float) -> None:
    import faulthandler
    import io
    import threading
    import types

    # References taken before the snippet runs: it may rebind json.dumps or os.write.
    dumps, write, getframe, current_frames = json.dumps, os.write, sys._getframe, sys._current_frames
    os.setpgid(0, 0)
    os.chdir(workdir)
    os.environ["TMPDIR"] = workdir
    tempfile.tempdir = workdir
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    raw = os.open(raw_path, os.O_WRONLY | os.O_CREAT, 0o600)
    os.dup2(raw, 1)
    os.dup2(raw, 2)
    fault_file = open(fault_path, "w")  # noqa: SIM115 - must stay open for faulthandler
    faulthandler.dump_traceback_later(max(timeout - 0.3, 0.1), file=fault_file)

    source = Path(path).read_text(encoding="utf-8")
    code = compile(source, path, "exec", dont_inherit=True)  # not our __future__ imports
    starts, ends = statement_bounds(source, path)
    main_thread = threading.main_thread().ident
    records: list[tuple[str, int | None, str]] = []
    violations: list[dict] = []

    def module_line(frame) -> int | None:
        while frame is not None:
            if frame.f_code is code:
                return frame.f_lineno
            frame = frame.f_back
        return None

    class Capture(io.TextIOBase):
        def __init__(self, name: str):
            self.name = name

        @property
        def encoding(self) -> str:
            return "utf-8"

        def writable(self) -> bool:
            return True

        def write(self, text: str) -> int:
            line = module_line(getframe(1))
            if line is None:
                line = module_line(current_frames().get(main_thread))
            records.append((self.name, line, text))
            return len(text)

        def fileno(self) -> int:
            raise io.UnsupportedOperation("snippet output is captured; it has no file descriptor")

    real_workdir = os.path.realpath(workdir)

    def inside_workdir(target) -> bool:
        if isinstance(target, int):
            return True
        target = os.fsdecode(target)
        resolved = os.path.realpath(os.path.join(real_workdir, target) if not os.path.isabs(target) else target)
        return resolved == real_workdir or resolved.startswith(real_workdir + os.sep) or resolved == os.devnull

    def blocked(kind: str, message: str):
        frame_line = module_line(getframe(2))
        violations.append({"line": frame_line, "message": message})
        raise PermissionError(f"{kind} blocked by the snippet runner: {message}")

    write_flags = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
    path_events = {"os.remove", "os.rmdir", "os.mkdir", "os.chmod", "os.truncate", "shutil.rmtree", "os.symlink"}

    def guard(event: str, args) -> None:
        if event == "open":
            target, mode, flags = args
            writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                isinstance(flags, int) and flags & write_flags
            )
            if writes and target is not None and not inside_workdir(target):
                blocked("file write", f"tried to write {os.fsdecode(target)!r} outside its working directory")
        elif event in path_events:
            if args and not inside_workdir(args[0]):
                blocked("file change", f"{event} on {os.fsdecode(args[0])!r} outside its working directory")
        elif event in ("os.rename", "os.replace"):
            if not (inside_workdir(args[0]) and inside_workdir(args[1])):
                blocked("file change", f"{event} of {args[0]!r} outside its working directory")
        elif event in ("socket.connect", "socket.sendto"):
            address = args[1]
            if isinstance(address, tuple) and address and address[0] not in LOOPBACK_HOSTS:
                blocked("network", f"tried to reach {address[0]}:{address[1]}; only loopback is allowed")
        elif event == "socket.getaddrinfo":
            host = args[0]
            host = host.decode() if isinstance(host, bytes) else host
            if host not in LOOPBACK_HOSTS:
                blocked("network", f"tried to resolve {host!r}; only loopback is allowed")
        elif event == "socket.gethostbyname" and args[0] not in LOOPBACK_HOSTS:
            blocked("network", f"tried to resolve {args[0]!r}; only loopback is allowed")

    module = types.ModuleType("__main__")
    module.__file__ = os.path.join(workdir, os.path.basename(path))
    module.__builtins__ = __builtins__
    sys.modules["__main__"] = module
    sys.argv = [module.__file__]
    sys.stdout, sys.stderr = Capture("stdout"), Capture("stderr")
    sys.addaudithook(guard)

    errors: list[dict] = []
    try:
        exec(code, module.__dict__)
    except SystemExit as exit_:
        if exit_.code not in (None, 0):
            errors.append({"line": module_line_from_tb(exit_, code), "message": f"SystemExit({exit_.code!r})"})
    except BaseException as error:  # noqa: BLE001 - report anything the snippet raised
        errors.append(
            {
                "line": module_line_from_tb(error, code),
                "message": snippet_traceback(error, code),
            }
        )
    for thread in threading.enumerate():
        if thread is not threading.current_thread() and not thread.daemon:
            thread.join()
    faulthandler.cancel_dump_traceback_later()

    outputs: dict[int, str] = {}
    for stream, line, text in records:
        index = statement_for(starts, ends, line)
        if stream == "stderr":
            errors.append({"line": line, "message": f"wrote to stderr: {text.rstrip()}"})
            continue
        outputs[index] = outputs.get(index, "") + text
    payload = {"outputs": {str(k): v for k, v in outputs.items()}, "errors": violations + errors}
    data = dumps(payload).encode()
    while data:
        data = data[write(result_fd, data) :]


def snippet_traceback(error: BaseException, code) -> str:
    """The traceback from the snippet's own frame on: the runner's frames are noise."""
    import traceback

    tb = error.__traceback__
    while tb is not None and tb.tb_frame.f_code is not code:
        tb = tb.tb_next
    return "".join(traceback.format_exception(type(error), error, tb or error.__traceback__, chain=False))


def module_line_from_tb(error: BaseException, code) -> int | None:
    tb = error.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code is code:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--serve", action="store_true", help="speak the JSON-lines protocol on stdin/stdout")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT)
    options = parser.parse_args()
    if options.serve:
        serve(options.workers, options.timeout)
    else:
        with SnippetRunner(timeout=options.timeout, workers=options.workers) as runner:
            runner.submit(options.paths)
            for snippet_path in options.paths:
                print(json.dumps(runner.result(snippet_path)))
