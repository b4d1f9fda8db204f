"""Writers and readers at the same time: the preview during ``update``, two ``l10n`` runs.

A catalog is replaced atomically, so a page is rendered from the old file or the
new one, never from half of it; two processes writing the same project take
turns through ``locales/.l10n.lock``.
"""

from __future__ import annotations

import http.client
import os
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from tests.conftest import REPO, serving
from tests.shipped import DURATION, INTRO, copy_shipped_project
from toolkit import pipeline
from toolkit.catalog import Catalog
from toolkit.errors import LockedError
from toolkit.fileio import LOCK_NAME, LOCK_TIMEOUT_ENV, project_lock, write_atomic
from toolkit.pofile import read_po_file, write_po
from toolkit.project import Project

VERSIONS = ("alpha", "omega")


def _version(catalog: Catalog, name: str) -> bytes:
    """The catalog with two distant entries translated as ``<name>`` markers."""
    messages = [
        replace(m, msgstr=f"Marker {name} intro")
        if m.msgid.startswith(INTRO)
        else replace(m, msgstr=f"Marker {name} duration")
        if m.msgid.startswith(DURATION)
        else m
        for m in catalog.messages
    ]
    return write_po(catalog.replace_messages(messages))


def _seen_versions(html: str) -> set[tuple[str, str]]:
    return {
        (name, part)
        for name in VERSIONS
        for part in ("intro", "duration")
        if f"Marker {name} {part}" in html
    }


def test_preview_never_serves_a_half_written_catalog_while_update_rewrites_it(tmp_path):
    root = copy_shipped_project(tmp_path / "project")
    po = root / "locales" / "fr" / "LC_MESSAGES" / "ketamine.po"
    shipped = read_po_file(po)
    contents = [_version(shipped, name) for name in VERSIONS]
    write_atomic(po, contents[0])
    writing_done = threading.Event()
    deadline = time.monotonic() + 60
    failures: list[str] = []
    seen: set[str] = set()
    requests = [0]

    def get(url: str) -> tuple[int, str]:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            connection.request("GET", url)
            response = connection.getresponse()
            return response.status, response.read().decode("utf-8")
        finally:
            connection.close()

    def reader(url: str) -> None:
        while not writing_done.is_set() and time.monotonic() < deadline and requests[0] < 600:
            status, html = get(url)
            requests[0] += 1
            versions = _seen_versions(html)
            names = {name for name, _ in versions}
            if status != 200 or len(versions) != 2 or len(names) != 1:
                failures.append(f"{url}: HTTP {status}, markers {sorted(versions)}")
                return
            seen.update(names)

    def writer() -> None:
        try:
            for turn in range(40):
                if failures or time.monotonic() > deadline:
                    break
                write_atomic(po, contents[turn % 2])
                pipeline.update(Project(root))  # rewrites in canonical layout, keeps the version
                time.sleep(0.01)
        finally:
            writing_done.set()

    readers = [
        threading.Thread(target=reader, args=(url,))
        for url in ("/fr/ketamine/", "/fr/ketamine/review", "/fr/ketamine/", "/fr/ketamine/review")
    ]
    with serving(root) as base:
        port = int(base.rsplit(":", 1)[1])
        for thread in readers:
            thread.start()
        writer()
        for thread in readers:
            thread.join(timeout=60)
    assert not failures, failures[:5]
    assert requests[0] >= len(readers)
    assert seen <= set(VERSIONS) and seen, seen


@pytest.fixture
def stale_project(tmp_path: Path) -> Path:
    """A shipped project whose template has a new paragraph, so ``update`` has work to do."""
    root = copy_shipped_project(tmp_path / "project")
    with (root / "source" / "ketamine.md").open("a", encoding="utf-8") as source:
        source.write("\nA paragraph added after the translations were made.\n")
    pipeline.extract(Project(root))
    return root


def _catalog_bytes(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted((root / "locales").rglob("*.po"))}


HOLD = (
    "import sys\n"
    "from toolkit.fileio import project_lock\n"
    "with project_lock(sys.argv[1]):\n"
    "    print('held', flush=True)\n"
    "    sys.stdin.readline()\n"
)


def _l10n(root: Path, *args: str, timeout: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "toolkit", "-C", str(root), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, LOCK_TIMEOUT_ENV: timeout},
        timeout=120,
    )


def _hold_lock(root: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(root / "locales")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    return holder


def _release(holder: subprocess.Popen[str]) -> None:
    assert holder.stdin is not None
    holder.stdin.write("\n")
    holder.stdin.close()
    assert holder.wait(timeout=30) == 0


def test_update_while_another_process_holds_the_lock_fails_cleanly_then_proceeds(stale_project):
    before = _catalog_bytes(stale_project)
    holder = _hold_lock(stale_project)
    try:
        started = time.monotonic()
        blocked = _l10n(stale_project, "update", timeout="0.5")
        waited = time.monotonic() - started
    finally:
        _release(holder)
    assert blocked.returncode == 2, blocked.stderr
    assert str(stale_project / "locales" / LOCK_NAME) in blocked.stderr
    assert f"PID {holder.pid}" in blocked.stderr
    assert "Traceback" not in blocked.stderr
    assert waited >= 0.5
    assert _catalog_bytes(stale_project) == before
    done = _l10n(stale_project, "update", timeout="5")
    assert done.returncode == 0, done.stderr
    assert _catalog_bytes(stale_project) != before


def test_a_second_process_waits_for_the_lock_and_then_writes(stale_project):
    before = _catalog_bytes(stale_project)
    holder = _hold_lock(stale_project)
    threading.Timer(0.5, _release, args=(holder,)).start()
    waiting = _l10n(stale_project, "update", timeout="30")
    assert waiting.returncode == 0, waiting.stderr
    assert _catalog_bytes(stale_project) != before


@pytest.mark.parametrize("step", ["extract", "update", "compile", "format"])
def test_every_writing_step_takes_the_lock(stale_project, step, monkeypatch):
    project = Project(stale_project)
    po = project.catalog_path("fr", "ketamine")
    calls = {
        "extract": lambda: pipeline.extract(project),
        "update": lambda: pipeline.update(project),
        "compile": lambda: pipeline.compile_catalogs([po], project),
        "format": lambda: pipeline.format_files([po], project),
    }
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with project_lock(project.locales_dir):
            held.set()
            release.wait(30)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(30)
    monkeypatch.setenv(LOCK_TIMEOUT_ENV, "0.1")
    try:
        with pytest.raises(LockedError, match=f"PID {os.getpid()}"):
            calls[step]()
    finally:
        release.set()
        holder.join()
    with project_lock(project.locales_dir):
        calls[step]()  # nested in one thread: the step shares this hold


def test_build_waits_for_a_writing_step_and_never_mixes_before_and_after(stale_project):
    holder = _hold_lock(stale_project)
    try:
        blocked = _l10n(stale_project, "build", timeout="0.5")
    finally:
        _release(holder)
    assert blocked.returncode == 2, blocked.stderr
    assert f"PID {holder.pid}" in blocked.stderr
    assert not (stale_project / "dist").exists()
    holder = _hold_lock(stale_project)
    threading.Timer(0.5, _release, args=(holder,)).start()
    waiting = _l10n(stale_project, "build", timeout="30")
    assert waiting.returncode == 0, waiting.stderr
    assert (stale_project / "dist" / "sitemap.xml").is_file()


def test_check_modes_do_not_wait_for_the_lock(stale_project):
    project = Project(stale_project)
    failures: list[BaseException] = []

    def check_in_another_thread() -> None:
        try:
            pipeline.extract(project, check=True)
            pipeline.format_files([project.catalog_path("fr", "ketamine")], project, check=True)
        except BaseException as error:
            failures.append(error)

    with project_lock(project.locales_dir):
        thread = threading.Thread(target=check_in_another_thread)
        thread.start()
        thread.join(timeout=30)
    assert not failures


def test_a_bad_lock_timeout_is_reported(stale_project):
    result = _l10n(stale_project, "update", timeout="soon")
    assert result.returncode == 2
    assert LOCK_TIMEOUT_ENV in result.stderr
