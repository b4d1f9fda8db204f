"""The real-world corpus: every PO file Django and Sphinx ship, read and written back.

Each file must read without error, and writing what was read must give exactly
the bytes GNU msgcat writes for that file. Slow (a minute or so, the first run
downloads two wheels): run with ``-m slow``.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.conftest import unavailable
from tests.corpus import corpus_po_files
from toolkit.pofile import read_po, write_po

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def corpus() -> list[Path]:
    try:
        files = corpus_po_files()
    except (OSError, subprocess.CalledProcessError) as error:
        unavailable(f"corpus not available: {error}")
    if not files:
        unavailable("corpus is empty")
    return files


def test_corpus_is_large(corpus):
    assert len(corpus) > 1000


def test_every_corpus_file_reads(corpus):
    entries = 0
    for path in corpus:
        entries += len(read_po(path.read_bytes(), str(path)).messages)
    assert entries > 100_000


def test_every_corpus_file_is_written_as_msgcat_writes_it(corpus, msgcat):
    different = []
    for path in corpus:
        expected = msgcat(path)
        if write_po(read_po(path.read_bytes(), str(path))) != expected:
            different.append(path)
    identical = len(corpus) - len(different)
    print(f"\n{identical} of {len(corpus)} corpus files written byte-identical to msgcat")
    assert different == []
