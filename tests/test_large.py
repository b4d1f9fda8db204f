"""Huge catalogs: read as a stream, checked in one pass, findings capped, memory bounded."""

from __future__ import annotations

import codecs
import gc
import json
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner

from tests.conftest import REPO
from tests.shipped import SHIPPED
from toolkit import pofile
from toolkit.audit import audit_catalogs
from toolkit.checks import run_checks
from toolkit.checks.base import CheckContext
from toolkit.cli import cli
from toolkit.config import Config
from toolkit.errors import CatalogSyntaxError
from toolkit.findings import Severity
from toolkit.glossary import read_tbx
from toolkit.locales import get_language
from toolkit.pofile import iter_po_file, read_po_file
from toolkit.terms import TermMatcher

HEADER = (
    'msgid ""\nmsgstr ""\n"Language: fr\\n"\n'
    '"Content-Type: text/plain; charset={charset}\\n"\n'
    '"Plural-Forms: ' + get_language("fr").plural_forms + '\\n"\n'
)


def entry(i: int, translation: str | None = None) -> str:
    text = translation if translation is not None else f"Dose {i} est de 5 mg."
    return f'\n#: a.md:{i}\nmsgid "Dose {i} is 5 mg."\nmsgstr "{text}"\n'


def catalog_text(count: int, charset: str = "UTF-8", extra: str = "") -> str:
    return HEADER.format(charset=charset) + "".join(entry(i) for i in range(count)) + extra


@pytest.fixture
def tiny_parts(monkeypatch):
    """Cut the stream at every entry, so each boundary is exercised."""
    monkeypatch.setattr(pofile, "STREAM_PART", 1)


def assert_same_as_read_po(path: Path) -> None:
    try:
        whole = read_po_file(path)
    except CatalogSyntaxError as error:
        with pytest.raises(CatalogSyntaxError) as streamed:
            list(iter_po_file(path))
        assert (streamed.value.line, streamed.value.message) == (error.line, error.message)
        return
    assert tuple(iter_po_file(path)) == whole.messages


@pytest.mark.parametrize("language", SHIPPED)
def test_streaming_the_shipped_catalogs_gives_what_read_po_gives(tiny_parts, language):
    assert_same_as_read_po(REPO / "locales" / language / "LC_MESSAGES" / "ketamine.po")


def test_streaming_keeps_line_numbers_obsolete_entries_and_previous_strings(tmp_path, tiny_parts):
    path = tmp_path / "a.po"
    path.write_text(
        catalog_text(5)
        + '\n#, fuzzy\n#| msgid "Old"\nmsgid "New"\nmsgstr "Neu"\n'
        + '\n#~ msgid "Gone"\n#~ msgstr "Parti"\n',
        encoding="utf-8",
    )
    assert_same_as_read_po(path)
    lines = [m.line for m in iter_po_file(path)]
    assert lines == sorted(lines) and lines[-2] > lines[1]


@pytest.mark.parametrize(
    "text",
    [
        # A duplicate far from its first definition: found across parts, worded as read_po.
        catalog_text(30, extra=entry(3)),
        # A syntax error in a late part.
        catalog_text(30, extra='\nmsgid "x"\nmsgstr "never closed\n'),
        # An entry cut by a blank line between its msgid and msgstr is still one entry.
        catalog_text(3, extra='\nmsgid "Split"\n\nmsgstr "Coupé"\n' + entry(99)),
        # Comments separated from their entry by a blank line still belong to it.
        catalog_text(3, extra='\n# translator\n\nmsgid "After"\nmsgstr "Après"\n'),
        # Lines continued with a backslash, and a string continued after a blank line.
        catalog_text(3, extra='\nmsgid "Cont\\\ninued"\nmsgstr "Suite"\n\n"encore"\n'),
        # Bytes that are not UTF-8 inside a string.
        catalog_text(3) + '\nmsgid "Bad"\nmsgstr "\udcff"\n',
    ],
    ids=["duplicate", "syntax-error", "blank-in-entry", "detached-comment", "continued", "bad"],
)
def test_streaming_odd_files_gives_what_read_po_gives(tmp_path, tiny_parts, text):
    path = tmp_path / "odd.po"
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    assert_same_as_read_po(path)


def test_the_header_charset_decides_every_part(tmp_path, tiny_parts):
    path = tmp_path / "latin1.po"
    text = catalog_text(10, charset="ISO-8859-1", extra='\nmsgid "Fever"\nmsgstr "Fièvre"\n')
    path.write_bytes(codecs.BOM_UTF8 * 0 + text.encode("latin-1"))
    messages = list(iter_po_file(path))
    assert messages[-1].msgstr == "Fièvre"
    assert tuple(messages) == read_po_file(path).messages


def test_a_stream_is_checked_as_its_catalog_is(tiny_parts):
    path = REPO / "locales" / "fr" / "LC_MESSAGES" / "ketamine.po"
    terms = TermMatcher(read_tbx(REPO / "locales" / "glossary.tbx"), "en")
    context = CheckContext(language=get_language("fr"), terms=terms)
    whole = run_checks(read_po_file(path), context, "fr.po")
    streamed = run_checks(iter_po_file(path), context, "fr.po")
    assert streamed == whole


def test_findings_past_the_limit_are_counted_not_kept(tmp_path):
    path = tmp_path / "many.po"
    wrong = "".join(entry(i, f"Dose {i + 1} est de 5 mg.") for i in range(50))
    path.write_text(HEADER.format(charset="UTF-8") + wrong, encoding="utf-8")
    result = run_checks(iter_po_file(path), CheckContext(get_language("fr")), "many.po", limit=10)
    assert len(result.findings) == 10
    assert result.omitted == sum(result.omitted_by_check.values()) >= 40
    assert result.omitted_by_check["number-mismatch"] >= 40
    assert result.omitted_worst == Severity.ERROR and result.worst == Severity.ERROR


def test_an_omitted_error_still_fails_the_check(tmp_path, monkeypatch):
    path = tmp_path / "many.po"
    # Five warnings (a dropped "not") first, then errors past the limit.
    lines = [f'\nmsgid "Do not take dose {i}."\nmsgstr "Prenez la dose {i}."\n' for i in range(5)]
    lines += [entry(i, f"Dose {i + 1} est de 5 mg.") for i in range(5, 10)]
    path.write_text(HEADER.format(charset="UTF-8") + "".join(lines), encoding="utf-8")
    monkeypatch.setattr("toolkit.checks.FINDINGS_LIMIT", 5)
    monkeypatch.setattr(run_checks, "__defaults__", (*run_checks.__defaults__[:-1], 5))
    audit = audit_catalogs([(path, "many.po")], Config())
    (file,) = audit.files
    assert all(f.severity == Severity.WARNING for f in file.findings)
    assert file.result.omitted_worst == Severity.ERROR
    assert not audit.passed


def test_check_reports_the_count_of_findings_it_did_not_list(tmp_path, monkeypatch):
    path = tmp_path / "many.po"
    wrong = "".join(entry(i, f"Dose {i + 1} est de 5 mg.") for i in range(30))
    path.write_text(HEADER.format(charset="UTF-8") + wrong, encoding="utf-8")
    monkeypatch.setattr(run_checks, "__defaults__", (*run_checks.__defaults__[:-1], 10))
    result = CliRunner().invoke(cli, ["-C", str(tmp_path), "check", "-q", str(path)])
    assert result.exit_code == 1
    assert "50 more finding(s) counted but not listed, over 10 per file" in result.output
    assert "checking" not in result.output


def test_progress_is_told_every_byte_checked(tmp_path):
    paths = []
    for name in ("a.po", "b.po"):
        path = tmp_path / name
        path.write_text(catalog_text(20), encoding="utf-8")
        paths.append((path, name))
    for jobs in (1, 2):
        seen: list[int] = []
        audit_catalogs(paths, Config(), jobs=jobs, progress=seen.append)
        assert sum(seen) == sum(path.stat().st_size for path, _ in paths)


def test_the_stats_of_a_stream_are_those_of_the_catalog():
    from toolkit.stats import catalog_stats

    path = REPO / "locales" / "de" / "LC_MESSAGES" / "ketamine.po"
    (file,) = audit_catalogs([(path, "de.po")], Config()).files
    assert file.stats == catalog_stats(read_po_file(path), "de.po")


@pytest.mark.slow
def test_a_100_mb_catalog_is_checked_and_counted_in_about_the_memory_of_a_10_mb_one(tmp_path):
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import memory
    finally:
        sys.path.remove(str(REPO / "bench"))
    peaks, counting = {}, {}
    for megabytes in (10, 100):
        path = tmp_path / f"{megabytes}.po"
        memory.write_catalog(path, megabytes)
        # Without a glossary: the term matcher's own word caches (toolkit/terms.py,
        # bounded by its _CACHE_LIMIT) are measured by bench/memory.py with one.
        peaks[megabytes], _, code = memory.measure(path, glossary=False)
        assert code == 1  # one entry in ten has a changed number
        counting[megabytes], _, code = memory.measure(path, False, ("stats", "--format", "json"))
        assert code == 0
        path.unlink()
    for peak in (peaks, counting):
        assert peak[100] < memory.PEAK_LIMIT_MB
        assert peak[100] - peak[10] < memory.GROWTH_LIMIT_MB
    assert counting[100] < peaks[100]


def test_junit_and_sarif_account_for_findings_not_listed(tmp_path, monkeypatch):
    path = tmp_path / "many.po"
    wrong = "".join(entry(i, f"Dose {i + 1} est de 5 mg.") for i in range(30))
    path.write_text(HEADER.format(charset="UTF-8") + wrong, encoding="utf-8")
    monkeypatch.setattr(run_checks, "__defaults__", (*run_checks.__defaults__[:-1], 10))
    invoke = CliRunner().invoke
    junit = invoke(cli, ["-C", str(tmp_path), "check", "-q", "--format", "junit", str(path)])
    suite = ET.fromstring(junit.stdout).find("testsuite")
    (case,) = [c for c in suite.findall("testcase") if c.get("name") == "not-listed"]
    assert "50 more finding(s) counted but not listed" in case.find("failure").get("message")
    assert int(suite.get("failures")) == 11
    sarif = invoke(cli, ["-C", str(tmp_path), "check", "-q", "--format", "sarif", str(path)])
    omitted = json.loads(sarif.stdout)["runs"][0]["properties"]["omittedFindings"]
    assert [sum(counts.values()) for counts in omitted.values()] == [50]


def test_checking_in_this_process_leaves_the_collector_as_it_was(tmp_path):
    path = tmp_path / "a.po"
    path.write_text(catalog_text(3), encoding="utf-8")
    before = gc.get_threshold()
    audit_catalogs([(path, "a.po")], Config(), jobs=1)
    assert gc.get_threshold() == before


def test_workers_give_the_verdicts_of_one_process_in_the_order_of_the_paths(tmp_path):
    paths = []
    for number, language in enumerate(SHIPPED * 2):
        path = tmp_path / f"{number}-{language}.po"
        source = REPO / "locales" / language / "LC_MESSAGES" / "ketamine.po"
        text = source.read_text(encoding="utf-8")
        # Every other copy gains an untranslated entry, so verdicts differ by file.
        added = f'\nmsgid "Take {number} mg."\nmsgstr ""\n' if number % 2 else ""
        path.write_text(text + added, encoding="utf-8")
        paths.append((path, path.name))
    one, two = (audit_catalogs(paths, Config(), jobs=jobs) for jobs in (1, 2))
    assert [f.path for f in two.files] == [shown for _, shown in paths]
    assert two.files == one.files
    assert [bool(f.findings) for f in two.files] == [n % 2 == 1 for n in range(len(paths))]


def test_a_language_is_checked_in_one_batch_and_one_language_spreads_over_batches():
    from toolkit.audit import _batches

    # 32 languages of two catalogs each, and a catalog of no known language.
    languages = [f"l{n % 32}" for n in range(64)] + [None]
    sizes = [10 + n % 32 for n in range(64)] + [5]
    batches = _batches(sizes, languages, jobs=1)  # batches of up to 1637 // 16 bytes
    assert sorted(i for batch in batches for i in batch) == list(range(65))
    assert sorted(sorted(batch) for batch in batches) == sorted(
        [[n, n + 32] for n in range(32)] + [[64]]
    )
    totals = [sum(sizes[i] for i in batch) for batch in batches]
    assert totals == sorted(totals, reverse=True)
    # A project in one language: as many batches as for 32 languages.
    alone = _batches(sizes[:64], ["fr"] * 64, jobs=2)
    assert sorted(i for batch in alone for i in batch) == list(range(64))
    assert len(alone) >= 32
