"""The real-world corpus: every PO file Django and Sphinx ship, read and written back.

Each file must read without error, and writing what was read must give exactly
the bytes GNU msgcat writes for that file. On every file msgfmt accepts, the
statistics equal ``msgfmt --statistics`` and the compiled MO file gives Python's
``gettext`` exactly the translations of msgfmt's; ``l10n check`` runs on all of
them. Slow (a minute or two, the first run downloads two wheels): run with
``-m slow``.
"""

from __future__ import annotations

import gettext
import io
import os
import re
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.checkutil import format_verdicts
from tests.conftest import REPO, require_program, unavailable
from tests.corpus import corpus_po_files
from toolkit.audit import audit_catalogs
from toolkit.catalog import Message
from toolkit.config import Config
from toolkit.glossary import read_tbx
from toolkit.mofile import write_mo
from toolkit.pofile import read_po, write_po
from toolkit.stats import catalog_stats

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


@dataclass(frozen=True)
class Compiled:
    """What ``msgfmt --statistics -o`` made of one corpus file."""

    accepted: bool
    counts: tuple[int, int, int] | None  # translated, fuzzy, untranslated
    mo: bytes | None
    stderr: str


_STATISTICS = re.compile(
    r"(\d+) translated messages?(?:, (\d+) fuzzy translations?)?"
    r"(?:, (\d+) untranslated messages?)?\.\n"
)


@pytest.fixture(scope="session")
def compiled(corpus, tmp_path_factory) -> dict[Path, Compiled]:
    """msgfmt's statistics and MO file for every corpus file, one run each, two at a time."""
    program = require_program("msgfmt")
    out = tmp_path_factory.mktemp("mo")
    env = {**os.environ, "LC_ALL": "C"}

    def run(item: tuple[int, Path]) -> tuple[Path, Compiled]:
        index, path = item
        mo = out / f"{index}.mo"
        done = subprocess.run(
            [program, "--statistics", "-o", str(mo), str(path)],
            capture_output=True,
            text=True,
            env=env,
        )
        # Warnings come first; the statistics are the last line.
        found = list(_STATISTICS.finditer(done.stderr))
        match = found[-1] if found else None
        accepted = done.returncode == 0 and match is not None
        counts = tuple(int(group or 0) for group in match.groups()) if match else None
        return path, Compiled(
            accepted,
            counts,
            mo.read_bytes() if accepted else None,
            done.stderr,  # type: ignore[arg-type]
        )

    with ThreadPoolExecutor(os.cpu_count() or 2) as pool:
        return dict(pool.map(run, enumerate(corpus)))


def _refused(compiled: dict[Path, Compiled]) -> list[Path]:
    refused = [path for path, result in compiled.items() if not result.accepted]
    print(f"\nmsgfmt refuses {len(refused)} of {len(compiled)} corpus files")
    # A handful of shipped catalogs are broken; more would mean msgfmt is not run right.
    assert len(refused) <= len(compiled) // 50
    return refused


def _accepted(corpus: list[Path], compiled: dict[Path, Compiled]) -> list[tuple[Path, Compiled]]:
    """The corpus files msgfmt accepts, with what it made of them."""
    _refused(compiled)
    return [(path, compiled[path]) for path in corpus if compiled[path].accepted]


def test_every_corpus_file_counts_as_msgfmt_statistics(corpus, compiled):
    accepted = _accepted(corpus, compiled)
    different = []
    for path, result in accepted:
        stats = catalog_stats(read_po(path.read_bytes(), str(path)))
        if (stats.translated, stats.fuzzy, stats.untranslated) != result.counts:
            different.append((path, result.counts, stats))
    print(f"{len(accepted)} corpus files counted as msgfmt counts them")
    assert different == []


def test_every_corpus_file_compiles_to_msgfmts_translations(corpus, compiled):
    accepted = _accepted(corpus, compiled)
    different = []
    for path, result in accepted:
        assert result.mo is not None
        expected = gettext.GNUTranslations(io.BytesIO(result.mo))._catalog  # type: ignore[attr-defined]
        ours = write_mo(read_po(path.read_bytes(), str(path)))
        if gettext.GNUTranslations(io.BytesIO(ours))._catalog != expected:  # type: ignore[attr-defined]
            different.append(path)
    print(f"{len(accepted)} corpus files compiled to msgfmt's translations")
    assert different == []


def test_check_runs_on_every_corpus_file(corpus):
    glossary = read_tbx(REPO / "locales" / "glossary.tbx")
    audit = audit_catalogs([(path, str(path)) for path in corpus], Config(), glossary)
    assert len(audit.files) == len(corpus)
    print(f"\nl10n check: {len(audit.findings)} findings in {len(corpus)} corpus files")


# --- placeholders, with msgfmt -c as the judge -------------------------------------------------

#: A directive as a translator sees it, per format: where a slip of the keyboard lands.
_DIRECTIVE = {
    "python-format": re.compile(r"%(?:\([^)]*\))?[#0 +-]*\d*(?:\.\d+)?[diouxXeEfFgGcrs]"),
    "c-format": re.compile(
        r"%(?:\d+\$)?[-+ #0']*\d*(?:\.\d+)?(?:hh|h|ll|l|z|j|t)?[diouxXeEfFgGcsp]"
    ),
}


def _slips(flag: str, text: str) -> dict[str, str]:
    """``text`` after each slip an edit makes to its first directives, some harmless."""
    found = list(_DIRECTIVE[flag].finditer(text))
    if not found:
        return {}
    first = found[0]
    start, end, directive = first.start(), first.end(), first.group()
    other = "s" if directive[-1] != "s" else "d"
    slips = {
        "dropped": text[:start] + text[end:],
        "retyped": text[: end - 1] + other + text[end:],
        "repeated": text[:end] + " " + directive + text[end:],
        # Harmless: a flag, and another letter for the same type.
        "left-aligned": text[:start]
        + re.sub(r"^(%(?:\([^)]*\)|\d+\$)?)", r"\1-", directive)
        + text[end:],
    }
    if directive[-1] == "d":
        slips["written %i"] = text[: end - 1] + "i" + text[end:]
    name = re.match(r"%\((\w+)\)", directive)
    if name:
        slips["renamed"] = (
            text[: start + 2] + name.group(1) + "x" + text[start + 2 + len(name.group(1)) :]
        )
    if len(found) > 1:
        second = found[1]
        slips["swapped"] = (
            text[:start]
            + second.group()
            + text[end : second.start()]
            + directive
            + text[second.end() :]
        )
    return slips


def test_placeholder_checks_agree_with_msgfmt_on_every_slip(corpus, tmp_path, msgfmt):
    """Every python-format and c-format translation of the corpus, and slips planted in each:
    msgfmt -c refuses exactly the entries the placeholder and newline checks report."""
    planted: list[Message] = []
    for path in corpus:
        for message in read_po(path.read_bytes(), str(path)).messages:
            flags = [f for f in _DIRECTIVE if f in message.flags]
            if not flags or message.msgid_plural or message.obsolete or not message.msgstr:
                continue
            if "fuzzy" in message.flags:
                continue
            texts = {"as shipped": message.msgstr, **_slips(flags[0], message.msgstr)}
            for slip, text in texts.items():
                if slip == "as shipped" or text != message.msgstr:
                    planted.append(
                        Message(
                            message.msgid, text, msgctxt=f"{len(planted)} {slip}", flags=(flags[0],)
                        )
                    )
    refused, reported = format_verdicts(planted, tmp_path, msgfmt)
    print(f"\n{len(planted)} entries, {len(refused)} refused by msgfmt, {len(reported)} reported")
    assert len(planted) > 50_000 and len(refused) > 20_000  # the slips are there, msgfmt ran
    assert sorted(refused - reported) == []  # what msgfmt refuses, the checks report
    assert sorted(reported - refused) == []  # and nothing else
