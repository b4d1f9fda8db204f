"""Shared fixtures: a throw-away project folder, the CLI, and gettext's own tools.

GNU gettext's ``msgcat`` and ``msgfmt`` are the oracles: what they print is the
expected output, never something our code produced. Without them a test is
skipped on a developer's machine and fails in CI (``CI=true``), where a missing
tool is a broken setup, not a reason to pass.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


def unavailable(message: str) -> None:
    """Stop a test whose prerequisite is missing: a failure in CI, a skip elsewhere."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(message)
    pytest.skip(message)


@contextmanager
def serving(root: Path, threads: int = 4) -> Iterator[str]:
    """The preview of ``root`` served by waitress on a free loopback port; yields its base URL.

    Closing the server under its own loop can make that loop's ``select`` see a
    closed socket: once the test asked it to stop, that error is the stop.
    """
    from waitress import create_server

    from preview import create_app

    server = create_server(
        create_app({"PROJECT_ROOT": str(root)}), host="127.0.0.1", port=0, threads=threads
    )
    stopping = threading.Event()

    def run() -> None:
        try:
            server.run()
        except OSError:
            if not stopping.is_set():
                raise

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        stopping.set()
        server.close()
        thread.join(timeout=5)


def require_program(name: str) -> str:
    """The path of an external program a test needs."""
    found = shutil.which(name)
    if not found:
        unavailable(f"{name} is not installed (GNU gettext / Chromium are needed by this test)")
    return found


@pytest.fixture
def msgcat() -> Callable[[Path], bytes]:
    """Run GNU msgcat on a file and return what it prints."""
    program = require_program("msgcat")

    def run(path: Path) -> bytes:
        return subprocess.run([program, str(path)], check=True, capture_output=True).stdout

    return run


@pytest.fixture
def msgfmt() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run GNU msgfmt with the given arguments."""
    program = require_program("msgfmt")

    def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [program, *map(str, args)],
            capture_output=True,
            text=True,
            env={**os.environ, "LC_ALL": "C"},
        )

    return run


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A fresh project holding a copy of the shipped article and nothing else."""
    root = tmp_path / "project"
    (root / "source").mkdir(parents=True)
    (root / "locales").mkdir()
    shutil.copy(REPO / "source" / "ketamine.md", root / "source" / "ketamine.md")
    return root


@pytest.fixture
def l10n(project: Path) -> Callable[..., Result]:
    """Invoke the ``l10n`` command in ``project``, as a user at a terminal would."""
    from toolkit.cli import cli

    runner = CliRunner()

    def invoke(*args: str) -> Result:
        return runner.invoke(cli, ["-C", str(project), *args], catch_exceptions=False)

    return invoke
