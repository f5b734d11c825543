"""Run snippets isolated and fast: a fork server inside an operating-system sandbox.

The client (``SnippetRunner``) starts one server inside bubblewrap (``bwrap``):
the whole file system is mounted read-only, ``/tmp`` and ``/dev/shm`` are empty
in-memory file systems that vanish with the sandbox (a checkout or interpreter that
lives in /tmp is bound back into it, read-only), the network namespace has
only loopback, the process namespace dies with the client, and the environment
holds only a few harmless variables. That holds for every process a snippet
starts, root or not. Without bwrap the runner refuses to start: it never runs
snippets unsandboxed.

The server imports the heavy libraries once, then forks one child per snippet.
Each child gets its own process group, a fresh working directory under the
sandbox's ``/tmp`` (also its TMPDIR and HOME), limits on memory, file size,
processes and output, a timeout, and an audit hook that turns a write outside
that directory or a non-loopback connection into a ``line: message`` error
(the sandbox would refuse them anyway, with a less helpful EROFS or ENETUNREACH).
It reports what each top-level statement printed.

The client sends every snippet's source up front, so the server runs ahead of
the test that reads the result. The server announces each snippet it starts,
and the client keeps its own deadline: if the server dies or stops answering,
every remaining snippet fails with one short message naming the snippets that
were running. Start it as a module: ``python scripts/snippet_runner.py PATH...``
prints the results as JSON lines.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import select
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from snippets import display_path, statement_bounds, statement_for

HEAVY_MODULES = ["numpy", "pandas", "asyncio", "concurrent.futures", "json", "decimal", "dataclasses", "typing"]
THREAD_LIMITS = ["OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"]
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1", "0.0.0.0", "", None}
DEFAULT_TIMEOUT = 10.0
# The only variables a snippet inherits: no token, key or password from the caller's environment.
PASSED_ENVIRONMENT = ["PATH", "LANG", "LC_ALL", "LC_CTYPE", "TZ", "LD_LIBRARY_PATH"]

# Limits of one snippet (and what it starts). Address space, not resident memory: the kernel enforces
# it on allocation, so an 8 GiB list fails at once with MemoryError instead of running into the timeout.
MEMORY_LIMIT = 3 << 30
FILE_SIZE_LIMIT = 64 << 20
# Processes and threads of the sandbox's user, counted over all snippets running at once. The kernel
# does not apply this limit to root; there the timeout and the process namespace bound a fork bomb.
PROCESS_LIMIT = 256
OUTPUT_LIMIT = 1 << 20  # characters a snippet may print in all
RESULT_LIMIT = 16 * OUTPUT_LIMIT  # bytes of JSON the server accepts from one child (escapes included)
# How long the client waits for any word from the server before it declares it hung.
STARTUP_ALLOWANCE = 120.0
SILENCE_GRACE = 10.0

INSTALL_BWRAP = (
    "the snippet runner needs bubblewrap (bwrap) to sandbox snippets, and it never runs them without it: "
    "install it with `sudo apt-get install bubblewrap` (Debian/Ubuntu), `sudo dnf install bubblewrap` (Fedora)"
)


def _bytes(size: int) -> str:
    return f"{size >> 30} GiB" if size >= 1 << 30 else f"{size >> 20} MiB"


# --------------------------------------------------------------------------- client


class SandboxUnavailable(RuntimeError):
    """bwrap is missing or cannot create its namespaces here."""


class ServerDied(RuntimeError):
    """The server stopped or stopped answering; no more snippets can run in this session."""


def _kept_under_tmp(paths: list[str]) -> list[str]:
    """The folders right below /tmp that hold ``paths`` or a hop of their symlinks.

    The sandbox's /tmp is empty, so a checkout, venv or interpreter that lives in /tmp (a CI
    clone, a test's copy of the repository) is bound back into it, read-only.
    """
    kept: dict[str, None] = {}
    for path in paths:
        hops, current = [os.path.realpath(path)], os.path.abspath(path)
        for _ in range(40):  # a symlink chain, as the kernel follows it
            hops.append(current)
            if not os.path.islink(current):
                break
            current = os.path.normpath(os.path.join(os.path.dirname(current), os.readlink(current)))
        for hop in hops:
            if hop.startswith("/tmp/"):
                kept["/tmp/" + hop.split("/")[2]] = None
    return list(kept)


def sandbox_command(command: list[str], keep: list[str] = ()) -> list[str]:
    """``command`` wrapped in bubblewrap: read-only system, private /tmp, loopback only, dies with us.

    ``keep``: paths the command needs (its interpreter, this repository); bound back read-only
    if they live in /tmp.
    """
    bwrap = shutil.which("bwrap")
    if bwrap is None:
        raise SandboxUnavailable(INSTALL_BWRAP)
    kept = [arg for folder in _kept_under_tmp(list(keep)) for arg in ("--ro-bind", folder, folder)]
    return [
        bwrap,
        "--ro-bind", "/", "/",
        "--dev", "/dev",
        "--proc", "/proc",
        "--tmpfs", "/tmp",
        *kept,
        "--tmpfs", "/dev/shm",  # multiprocessing's semaphores
        "--unshare-net", "--unshare-pid", "--unshare-ipc", "--unshare-uts",
        "--die-with-parent",
        "--new-session",
        "--cap-drop", "ALL",  # as root: no capability could remount the file system writable
        "--chdir", "/tmp",
        "--",
        *command,
    ]  # fmt: skip


class SnippetRunner:
    """Talks to one sandboxed fork server over pipes; results are cached by path."""

    def __init__(self, python: str = sys.executable, timeout: float = DEFAULT_TIMEOUT, workers: int | None = None):
        env = {name: os.environ[name] for name in PASSED_ENVIRONMENT if name in os.environ}
        env.setdefault("PATH", "/usr/local/bin:/usr/bin:/bin")
        env.setdefault("LANG", "C.UTF-8")
        env.update({name: "1" for name in THREAD_LIMITS}, PYTHONDONTWRITEBYTECODE="1")
        env["PYTHONHASHSEED"] = os.environ.get("PYTHONHASHSEED") or str(int.from_bytes(os.urandom(2), "big"))
        self.hash_seed = env["PYTHONHASHSEED"]
        self.timeout = timeout
        workers = workers or max(1, os.cpu_count() or 1)
        server = [python, "-s", __file__, "--serve", "--workers", str(workers), "--timeout", str(timeout)]
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 - read back when the server dies
        self._process = subprocess.Popen(
            sandbox_command(server, keep=[python, __file__, sys.prefix, sys.base_prefix]),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            env=env,
        )
        self._results: dict[str, dict] = {}
        self._submitted: set[str] = set()
        self._running: list[str] = []  # started by the server, no result yet
        self._buffer = bytearray()
        self._ready = False
        self._dead: str | None = None

    def submit(self, paths) -> None:
        if self._dead:
            return
        for path in paths:
            key = str(Path(path).resolve())
            if key not in self._submitted:
                self._submitted.add(key)
                # The source travels in the message: the sandbox's /tmp is not the caller's.
                source = Path(key).read_text(encoding="utf-8")
                self._process.stdin.write(json.dumps({"path": key, "source": source}).encode() + b"\n")
        try:
            self._process.stdin.flush()
        except BrokenPipeError:
            pass  # the server is gone; result() says why

    def result(self, path) -> dict:
        key = str(Path(path).resolve())
        self.submit([key])
        while key not in self._results:
            if self._dead:
                raise ServerDied(self._dead)
            message = self._next_message()
            if "started" in message:
                self._running.append(message["started"])
            elif "path" in message:
                self._results[message["path"]] = message
                with contextlib.suppress(ValueError):
                    self._running.remove(message["path"])
            else:
                self._ready = True
        return self._results[key]

    def _next_message(self) -> dict:
        """The next JSON line from the server, waiting on our own clock, never on the server's."""
        fd = self._process.stdout.fileno()
        searched = 0
        while (end := self._buffer.find(b"\n", searched)) < 0:
            searched = len(self._buffer)
            allowance = self.timeout + SILENCE_GRACE if self._ready else STARTUP_ALLOWANCE
            readable, _, _ = select.select([fd], [], [], allowance)
            if not readable:
                self._give_up(f"the snippet server sent nothing for {allowance:g} s")
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                self._give_up("the snippet server stopped")
            self._buffer += chunk
        line = bytes(self._buffer[:end])
        del self._buffer[: end + 1]
        return json.loads(line)

    def _give_up(self, reason: str) -> None:
        self._process.kill()  # bwrap; --die-with-parent takes the whole sandbox with it
        status = self._process.wait()
        culprits = ", ".join(display_path(Path(path)) for path in self._running) or "no snippet"
        self._dead = f"{reason} (exit status {status}) while running {culprits}; this snippet did not run"
        self._stderr.seek(0)
        tail = self._stderr.read()[-1500:].decode(errors="replace").strip()
        if not self._ready and tail:
            self._dead += f"\nthe sandbox said:\n{tail}"
            if "namespace" in tail.lower() or "permission denied" in tail.lower():
                self._dead += (
                    "\n(unprivileged user namespaces are blocked here; on Ubuntu 24.04 see the AppArmor step "
                    "in .github/workflows/site.yml)"
                )
        raise ServerDied(self._dead)

    def close(self) -> None:
        # Results nobody asked for are not worth waiting for, and the sandbox holds nothing to keep.
        self._process.kill()
        self._process.wait()
        with contextlib.suppress(BrokenPipeError):
            self._process.stdin.close()
        self._process.stdout.close()
        self._stderr.close()

    def __enter__(self) -> SnippetRunner:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# --------------------------------------------------------------------------- server


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
    _warm_up()
    import gc

    gc.collect()
    gc.freeze()
    scratch = tempfile.mkdtemp(prefix="snippets-")
    selector = selectors.DefaultSelector()
    stdin = sys.stdin.buffer.raw
    selector.register(stdin, selectors.EVENT_READ, "stdin")
    queue: list[dict] = []
    running: dict[int, dict] = {}  # read fd -> job
    buffer = b""
    stdin_open = True
    protocol.write(json.dumps({"ready": True}) + "\n")

    def finish(fd: int, **how) -> None:
        selector.unregister(fd)
        protocol.write(json.dumps(_finish_child(running.pop(fd), **how)) + "\n")

    try:
        while stdin_open or queue or running:
            while queue and len(running) < workers:
                request = queue.pop(0)
                # Announced before the fork: a child that kills us at once must still be the one named.
                protocol.write(json.dumps({"started": request["path"]}) + "\n")
                job = _start_child(request, scratch, timeout)
                running[job["fd"]] = job
                selector.register(job["fd"], selectors.EVENT_READ, "child")
            wait = min((job["deadline"] - time.monotonic() for job in running.values()), default=None)
            events = selector.select(timeout=None if wait is None else max(wait, 0))
            for key, _ in events:
                if key.data == "stdin":
                    chunk = os.read(stdin.fileno(), 1 << 20)
                    if not chunk:
                        stdin_open = False
                        selector.unregister(stdin)
                        continue
                    buffer += chunk
                    *lines, buffer = buffer.split(b"\n")
                    queue.extend(json.loads(line) for line in lines if line.strip())
                else:
                    job = running[key.fd]
                    data = os.read(key.fd, 1 << 20)
                    if not data:
                        finish(key.fd)
                        continue
                    job["chunks"].append(data)  # joined once at the end: collecting stays linear
                    job["size"] += len(data)
                    if job["size"] > RESULT_LIMIT:
                        finish(key.fd, too_big=True)
            now = time.monotonic()
            for fd, job in list(running.items()):
                if now >= job["deadline"]:
                    finish(fd, timed_out=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _start_child(request: dict, scratch: str, timeout: float) -> dict:
    path, source = request["path"], request["source"]
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
            _run_in_child(path, source, workdir, raw_path, fault_path, write_fd, timeout)
            status = 0
        finally:
            os._exit(status)
    os.close(write_fd)
    return {
        "path": path,
        "pid": pid,
        "fd": read_fd,
        "chunks": [],
        "size": 0,
        "job_dir": job_dir,
        "raw_path": raw_path,
        "fault_path": fault_path,
        "started": time.monotonic(),
        "deadline": time.monotonic() + timeout,
        "timeout": timeout,
    }


def _finish_child(job: dict, timed_out: bool = False, too_big: bool = False) -> dict:
    try:
        os.killpg(job["pid"], signal.SIGKILL)  # and whatever the snippet started
    except ProcessLookupError:
        pass
    _, wait_status = os.waitpid(job["pid"], 0)
    os.close(job["fd"])
    seconds = round(time.monotonic() - job["started"], 3)
    data = b"".join(job["chunks"])
    result = None
    if data and not (timed_out or too_big):
        with contextlib.suppress(json.JSONDecodeError):
            result = json.loads(data)
    if not isinstance(result, dict):
        result = {"outputs": {}, "errors": [{"line": None, "message": _why_no_result(job, wait_status, timed_out)}]}
        if timed_out:
            result["errors"][0]["line"] = _line_from_faulthandler(job["fault_path"], job["path"])
        if too_big:
            result["errors"][0]["message"] = f"sent more than {_bytes(RESULT_LIMIT)} of results (the output limit)"
    with contextlib.suppress(OSError), open(job["raw_path"], "rb") as raw_file:
        raw = raw_file.read(2000).decode(errors="replace")  # only the start: the file may be huge
        if raw.strip():
            result["errors"].append(
                {
                    "line": None,
                    "message": "wrote to file descriptor 1 or 2 directly, bypassing sys.stdout "
                    "(a subprocess whose output was not captured?):\n" + raw,
                }
            )
    shutil.rmtree(job["job_dir"], ignore_errors=True)
    result.update(path=job["path"], seconds=seconds)
    return result


def _why_no_result(job: dict, wait_status: int, timed_out: bool) -> str:
    if timed_out:
        return f"timed out after {job['timeout']:g} s (still running this line)"
    if os.WIFSIGNALED(wait_status):
        number = os.WTERMSIG(wait_status)
        if number == signal.SIGXFSZ:
            return f"wrote a file larger than {_bytes(FILE_SIZE_LIMIT)} (the file size limit)"
        return f"the snippet process was killed by {signal.Signals(number).name}"
    code = os.waitstatus_to_exitcode(wait_status)
    return f"the snippet process exited with status {code} before its last line: lines after it never ran"


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


class Refused(PermissionError):
    """Raised into the snippet by the audit hook when it refuses a write or a connection."""


class OutputLimitExceeded(Exception):
    """Raised into the snippet by print() once it has printed OUTPUT_LIMIT characters."""


def _limit_note(error: BaseException) -> str | None:
    """Which of the runner's limits an exception comes from, if any."""
    if isinstance(error, MemoryError):
        return f"the memory limit: {_bytes(MEMORY_LIMIT)} of address space"
    if isinstance(error, OSError) and error.errno == 27:  # EFBIG
        return f"the file size limit: {_bytes(FILE_SIZE_LIMIT)} per file"
    if isinstance(error, BlockingIOError) or (isinstance(error, RuntimeError) and "new thread" in str(error)):
        return f"the process limit: {PROCESS_LIMIT} processes and threads for all snippets running at once"
    return None


def _set_limits() -> None:
    for limit, value in [
        (resource.RLIMIT_AS, MEMORY_LIMIT),
        (resource.RLIMIT_FSIZE, FILE_SIZE_LIMIT),
        (resource.RLIMIT_NPROC, PROCESS_LIMIT),
        (resource.RLIMIT_CORE, 0),
    ]:
        resource.setrlimit(limit, (value, value))
    # A write past the file size limit then fails with EFBIG, which names the line, instead of killing.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def _run_in_child(
    path: str, source: str, workdir: str, raw_path: str, fault_path: str, result_fd: int, timeout: float
) -> None:
    import faulthandler
    import io
    import linecache
    import threading
    import types

    # References taken before the snippet runs: it may rebind json.dumps or os.write.
    dumps, write, getframe, current_frames = json.dumps, os.write, sys._getframe, sys._current_frames
    real_exit, getcwd, readlink, realpath, getpid = os._exit, os.getcwd, os.readlink, os.path.realpath, os.getpid
    child_pid = getpid()
    os.setpgid(0, 0)
    os.chdir(workdir)
    os.environ.update(TMPDIR=workdir, HOME=workdir, PWD=workdir)
    tempfile.tempdir = workdir
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    raw = os.open(raw_path, os.O_WRONLY | os.O_CREAT, 0o600)
    os.dup2(raw, 1)
    os.dup2(raw, 2)
    fault_file = open(fault_path, "w")  # noqa: SIM115 - must stay open for faulthandler
    faulthandler.dump_traceback_later(max(timeout - 0.3, 0.1), file=fault_file)
    _set_limits()

    # Tracebacks and inspect read the source from here: the file itself may not be visible in the sandbox.
    linecache.cache[path] = (len(source), None, source.splitlines(keepends=True), path)
    code = compile(source, path, "exec", dont_inherit=True)  # not our __future__ imports
    starts, ends = statement_bounds(source, path)
    last_statement = len(starts) - 1
    main_thread = threading.main_thread().ident
    records: list[tuple[str, int | None, str]] = []
    violations: list[dict] = []
    printed = [0]

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
            printed[0] += len(text)
            if printed[0] > OUTPUT_LIMIT:
                if not any(v.get("limit") == "output" for v in violations):
                    message = f"printed more than {OUTPUT_LIMIT:,} characters (the output limit)"
                    violations.append({"line": line, "message": message, "limit": "output"})
                raise OutputLimitExceeded(f"printed more than {OUTPUT_LIMIT:,} characters")
            records.append((self.name, line, text))
            return len(text)

        def fileno(self) -> int:
            raise io.UnsupportedOperation("snippet output is captured; it has no file descriptor")

    real_workdir = realpath(workdir)

    def inside_workdir(target, dir_fd=None) -> bool:
        if isinstance(target, int):
            return True  # an open file descriptor: it was checked when it was opened
        target = os.fsdecode(target)
        if not os.path.isabs(target):
            # Relative to dir_fd if given, else to the *current* directory (the snippet may have chdir'ed).
            base = readlink(f"/proc/self/fd/{dir_fd}") if isinstance(dir_fd, int) and dir_fd >= 0 else getcwd()
            target = os.path.join(base, target)
        resolved = realpath(target)
        return resolved == real_workdir or resolved.startswith(real_workdir + os.sep) or resolved == os.devnull

    def blocked(kind: str, message: str):
        frame_line = module_line(getframe(2))
        violations.append({"line": frame_line, "message": message})
        raise Refused(f"{kind} blocked by the snippet runner: {message}")

    def outside(event: str, target, dir_fd=None) -> None:
        if target is not None and not inside_workdir(target, dir_fd):
            blocked("file change", f"{event} on {os.fsdecode(target)!r} outside its working directory")

    write_flags = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
    # event -> positions of (path, dir_fd) pairs in its arguments, as the audit events table documents them
    path_events = {
        "os.remove": [(0, 1)],
        "os.rmdir": [(0, 1)],
        "os.mkdir": [(0, 2)],
        "os.chmod": [(0, 2)],
        "os.chown": [(0, 3)],
        "os.truncate": [(0, None)],
        "os.utime": [(0, 3)],
        "os.setxattr": [(0, None)],
        "os.removexattr": [(0, None)],
        "shutil.rmtree": [(0, 1)],
        "os.symlink": [(1, 2)],  # the link's location; what it points at is not written
        "os.link": [(1, 3)],
        "os.rename": [(0, 2), (1, 3)],
        "os.replace": [(0, 2), (1, 3)],
    }

    def guard(event: str, args) -> None:
        if event == "open":
            target, mode, flags = args
            writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                isinstance(flags, int) and flags & write_flags
            )
            if writes and target is not None and not inside_workdir(target):
                blocked("file write", f"tried to write {os.fsdecode(target)!r} outside its working directory")
        elif event in path_events:
            for position, dir_fd_position in path_events[event]:
                dir_fd = args[dir_fd_position] if dir_fd_position is not None and len(args) > dir_fd_position else None
                outside(event, args[position], dir_fd)
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

    errors: list[dict] = []

    def stopped_early(how: str, line: int | None) -> bool:
        """An exit from a statement before the last one skips the rest of the file: that is a failure."""
        if statement_for(starts, ends, line) == last_statement:
            return False
        errors.append({"line": line, "message": f"{how} before the last line: lines after it never ran"})
        return True

    def report() -> None:
        outputs: dict[int, list[str]] = {}
        for stream, line, text in records:
            if stream == "stderr":
                errors.append({"line": line, "message": f"wrote to stderr: {text.rstrip()}"})
                continue
            outputs.setdefault(statement_for(starts, ends, line), []).append(text)
        violations_out = [{"line": v["line"], "message": v["message"]} for v in violations]
        payload = {"outputs": {str(k): "".join(v) for k, v in outputs.items()}, "errors": violations_out + errors}
        data = dumps(payload).encode()
        while data:
            data = data[write(result_fd, data) :]

    def exit_now(status: int) -> None:
        """os._exit for the snippet: in this process it still reports, and fails if lines remain."""
        if getpid() == child_pid:
            stopped_early(f"os._exit({status!r})", module_line(getframe(1)))
            report()
        real_exit(status)

    module = types.ModuleType("__main__")
    module.__file__ = os.path.join(workdir, os.path.basename(path))
    module.__builtins__ = __builtins__
    sys.modules["__main__"] = module
    sys.argv = [module.__file__]
    sys.stdout, sys.stderr = Capture("stdout"), Capture("stderr")
    os._exit = exit_now
    sys.addaudithook(guard)

    try:
        exec(code, module.__dict__)
    except SystemExit as exit_:
        line = module_line_from_tb(exit_, code)
        if not stopped_early(f"SystemExit({exit_.code!r})", line) and exit_.code not in (None, 0):
            errors.append({"line": line, "message": f"SystemExit({exit_.code!r})"})
    except (OutputLimitExceeded, Refused):
        pass  # already a violation, with its line: a traceback through the runner would only bury it
    except BaseException as error:  # noqa: BLE001 - report anything the snippet raised
        message = snippet_traceback(error, code)
        note = _limit_note(error)
        if note:
            message += f"(hit {note})"
        errors.append({"line": module_line_from_tb(error, code), "message": message})
    for thread in threading.enumerate():
        if thread is not threading.current_thread() and not thread.daemon:
            thread.join()
    faulthandler.cancel_dump_traceback_later()
    os._exit = real_exit
    report()


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
