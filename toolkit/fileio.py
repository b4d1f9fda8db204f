"""Writing files so that a crash or a failed run never leaves half a file behind.

Every file the toolkit writes goes through ``write_atomic``: the bytes land in a
temporary file in the same folder, are flushed to disk, and replace the target in
one ``os.replace``. A reader (the preview, a translator's editor) sees either the
old file or the new one, never a mix.
"""

from __future__ import annotations

import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from toolkit.errors import LockedError

try:
    import fcntl
except ImportError:  # Windows: an exclusively created file stands in for flock
    fcntl = None  # type: ignore[assignment]

#: The lock file of a project, in its ``locales/`` folder (ignored by git).
LOCK_NAME = ".l10n.lock"
#: How long a second ``l10n`` waits for the first to finish, in seconds.
DEFAULT_LOCK_TIMEOUT = 10.0
#: The environment variable that overrides ``DEFAULT_LOCK_TIMEOUT``.
LOCK_TIMEOUT_ENV = "L10N_LOCK_TIMEOUT"
_POLL = 0.05


def write_atomic(path: str | Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` atomically; return False when it already held them.

    Leaving an unchanged file alone keeps its modification time, so build tools
    and caches keyed on mtime see no change where there is none.
    """
    path = Path(path)
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = path.stat().st_mode & 0o7777 if path.exists() else None
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def file_size(path: Path) -> int:
    """The size of ``path`` in bytes, 0 when it cannot be read (its reader will say why)."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def lock_timeout() -> float:
    """Seconds to wait for the project lock: ``$L10N_LOCK_TIMEOUT``, else 10."""
    value = os.environ.get(LOCK_TIMEOUT_ENV, "")
    if not value.strip():
        return DEFAULT_LOCK_TIMEOUT
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not seconds >= 0:
        raise LockedError(f"{LOCK_TIMEOUT_ENV}={value!r} is not a number of seconds")
    return seconds


class _Holding:
    """This process's hold on one lock file: shared by its nested users in one thread."""

    def __init__(self) -> None:
        self.thread = threading.RLock()
        self.depth = 0
        self.release: Callable[[], None] = lambda: None


_holdings: dict[str, _Holding] = {}
_holdings_guard = threading.Lock()


@contextmanager
def project_lock(folder: str | Path, timeout: float | None = None) -> Iterator[Path]:
    """Hold ``folder/.l10n.lock`` while reading and writing a project's catalogs.

    Two ``l10n`` processes writing the same files would interleave their
    reads and writes and lose one's work; the second one waits up to
    ``timeout`` seconds (default: ``lock_timeout()``) and then raises
    ``LockedError`` naming the lock file and the PID holding it. The lock is
    ``flock`` where the system has it (released by the kernel when a process
    dies, so it never goes stale), else a file created exclusively. Nested
    uses in one thread share the hold; other threads wait like processes.
    """
    path = Path(folder) / LOCK_NAME
    timeout = lock_timeout() if timeout is None else timeout
    with _holdings_guard:
        holding = _holdings.setdefault(str(path.resolve()), _Holding())
    if not holding.thread.acquire(timeout=timeout):
        raise _locked(path, timeout)
    try:
        if holding.depth == 0:
            holding.release = _acquire(path, timeout)
        holding.depth += 1
        try:
            yield path
        finally:
            holding.depth -= 1
            if holding.depth == 0:
                holding.release()
    finally:
        holding.thread.release()


def _acquire(path: Path, timeout: float) -> Callable[[], None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + timeout
    if fcntl is not None:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise _locked(path, timeout) from None
                    time.sleep(_POLL)
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        except BaseException:
            os.close(fd)
            raise

        def release() -> None:
            os.ftruncate(fd, 0)
            os.close(fd)  # closing the file releases the flock

        return release
    while True:
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            break
        except FileExistsError:
            if time.monotonic() >= deadline:
                raise _locked(path, timeout) from None
            time.sleep(_POLL)
    with os.fdopen(fd, "w") as handle:
        handle.write(f"{os.getpid()}\n")
    return lambda: path.unlink(missing_ok=True)


def _locked(path: Path, timeout: float) -> LockedError:
    try:
        holder = path.read_text(encoding="ascii").strip() or "unknown"
    except (OSError, UnicodeError):
        holder = "unknown"
    return LockedError(
        f"another l10n process (PID {holder}) is writing this project; waited {timeout:g} s "
        f"(set {LOCK_TIMEOUT_ENV} to wait longer; if no such process runs, delete the lock file)",
        path,
    )
