"""Writing files so that a crash or a failed run never leaves half a file behind.

Every file the toolkit writes goes through ``write_atomic``: the bytes land in a
temporary file in the same folder, are flushed to disk, and replace the target in
one ``os.replace``. A reader (the preview, a translator's editor) sees either the
old file or the new one, never a mix.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


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


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
