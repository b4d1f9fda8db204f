"""The catalog pipeline end to end, on real files, with gettext's own tools as oracles."""

from __future__ import annotations

import gettext
import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import polib
import pytest

PO = Path("locales/fr/LC_MESSAGES/ketamine.po")
POT = Path("locales/ketamine.pot")
EDITED = "Beyond depression, ketamine is being explored for various anxiety disorders"
REMOVED_START = "The dissociative properties of ketamine"


def written_files(project: Path) -> list[Path]:
    return sorted([*project.glob("locales/**/*.po"), *project.glob("locales/*.pot")])


def fill(po_path: Path, translations: dict[str, str]) -> None:
    """Translate entries the way a PO editor would (polib, not our writer)."""
    catalog = polib.pofile(str(po_path))
    for entry in catalog:
        for prefix, text in translations.items():
            if entry.msgid.startswith(prefix):
                entry.msgstr = text
    catalog.save()


@pytest.fixture
def translated_project(project: Path, l10n) -> Path:
    assert l10n("extract").exit_code == 0
    assert l10n("init", "fr").exit_code == 0
    fill(
        project / PO,
        {
            "Anxiety Disorders": "Troubles anxieux",
            EDITED: "Au-delà de la dépression, la kétamine est étudiée "
            "pour divers troubles anxieux.",
        },
    )
    return project


def test_extract_writes_one_entry_per_block_with_kind_and_reference(project, l10n):
    result = l10n("extract")
    assert result.exit_code == 0, result.output
    pot = polib.pofile(str(project / POT))
    heading = pot.find("Anxiety Disorders")
    assert heading.comment == "heading 3"
    assert heading.occurrences == [("source/ketamine.md", "40")]
    lines = (project / "source/ketamine.md").read_text().splitlines()
    assert lines[39] == "### Anxiety Disorders"
    # The description and the opening paragraph are the same text: one entry, two references.
    intro = pot.find(
        "This article delves into the science behind how ketamine works and its "
        "implications for therapeutic use."
    )
    assert [line for _, line in intro.occurrences] == ["5", "8"]
    assert intro.comment == "description\nparagraph"
    link = next(e for e in pot if e.msgid.startswith("[Ketamine](https://"))
    assert "(https://www.peacevalleyrecovery.com/drug-rehab/ketamine/)" in link.msgid


def test_extract_is_deterministic_and_check_detects_stale_templates(project, l10n):
    l10n("extract")
    first = (project / POT).read_bytes()
    mtime = (project / POT).stat().st_mtime_ns
    assert l10n("extract").exit_code == 0
    assert (project / POT).read_bytes() == first
    assert (project / POT).stat().st_mtime_ns == mtime
    assert l10n("extract", "--check").exit_code == 0

    source = project / "source/ketamine.md"
    source.write_text(source.read_text().replace("## Conclusion", "## In Conclusion"))
    stale = l10n("extract", "--check")
    assert stale.exit_code == 1
    assert "locales/ketamine.pot" in stale.stderr
    assert (project / POT).read_bytes() == first


def test_edited_paragraph_becomes_fuzzy_with_previous_msgid(translated_project, l10n):
    project = translated_project
    source = project / "source/ketamine.md"
    source.write_text(source.read_text().replace(EDITED, EDITED.replace("various", "several")))
    assert l10n("extract").exit_code == 0
    assert l10n("update").exit_code == 0

    catalog = polib.pofile(str(project / PO))
    fuzzy = [e for e in catalog if "fuzzy" in e.flags]
    assert len(fuzzy) == 1
    assert fuzzy[0].msgid.startswith(EDITED.replace("various", "several"))
    assert fuzzy[0].previous_msgid.startswith(EDITED)
    assert fuzzy[0].msgstr.startswith("Au-delà de la dépression")
    kept = catalog.find("Anxiety Disorders")
    assert kept.msgstr == "Troubles anxieux" and "fuzzy" not in kept.flags
    assert len(catalog.translated_entries()) == 1


def test_removed_paragraph_is_kept_as_obsolete_and_update_is_idempotent(translated_project, l10n):
    project = translated_project
    fill(project / PO, {REMOVED_START: "Les propriétés dissociatives de la kétamine..."})
    source = project / "source/ketamine.md"
    text = source.read_text()
    paragraph = next(p for p in text.split("\n\n") if p.startswith(REMOVED_START))
    source.write_text(text.replace(paragraph + "\n\n", ""))
    l10n("extract")
    l10n("update")
    once = (project / PO).read_bytes()
    obsolete = polib.pofile(str(project / PO)).obsolete_entries()
    assert [e.msgstr for e in obsolete] == ["Les propriétés dissociatives de la kétamine..."]
    assert l10n("update").exit_code == 0
    assert (project / PO).read_bytes() == once

    source.write_text(text)  # the paragraph comes back
    l10n("extract")
    l10n("update")
    restored = polib.pofile(str(project / PO)).find(paragraph)
    assert restored.msgstr == "Les propriétés dissociatives de la kétamine..."
    assert "fuzzy" in restored.flags


def test_every_written_file_is_what_msgcat_writes_and_msgfmt_accepts(
    translated_project, l10n, msgcat, msgfmt
):
    l10n("init", "ar")
    l10n("init", "zh_CN")
    l10n("update")  # rewrites the catalog the PO editor saved
    files = written_files(translated_project)
    assert len(files) == 4
    for path in files:
        assert msgcat(path) == path.read_bytes(), path
        checked = msgfmt("-c", "-o", "/dev/null", path)
        assert checked.returncode == 0, checked.stderr


def test_compile_gives_python_gettext_the_translations(translated_project, l10n):
    result = l10n("compile")
    assert result.exit_code == 0, result.output
    with (translated_project / PO).with_suffix(".mo").open("rb") as handle:
        translations = gettext.GNUTranslations(handle)
    assert translations.gettext("Anxiety Disorders") == "Troubles anxieux"
    assert translations.gettext("Conclusion") == "Conclusion"  # untranslated: falls back
    assert translations.info()["language"] == "fr"


def test_compile_leaves_out_fuzzy_unless_asked(translated_project, l10n):
    catalog = polib.pofile(str(translated_project / PO))
    catalog.find("Anxiety Disorders").flags.append("fuzzy")
    catalog.save()
    mo = (translated_project / PO).with_suffix(".mo")
    l10n("compile")
    assert (
        gettext.GNUTranslations(mo.open("rb")).gettext("Anxiety Disorders") == "Anxiety Disorders"
    )
    l10n("compile", "--use-fuzzy")
    assert gettext.GNUTranslations(mo.open("rb")).gettext("Anxiety Disorders") == "Troubles anxieux"


def test_compile_refuses_a_catalog_msgfmt_would_refuse(tmp_path, l10n, msgfmt):
    bad = tmp_path / "bad.po"
    bad.write_text(
        'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        '#, python-format\nmsgid "%(count)d doses"\nmsgstr "%(nombre)d doses"\n'
    )
    refused = msgfmt("-c", "-o", "/dev/null", bad)
    assert refused.returncode != 0
    msgfmt_line = re.search(
        rf"{re.escape(str(bad))}:(\d+): .*format specification", refused.stderr
    ).group(1)
    result = l10n("compile", str(bad))
    assert result.exit_code == 2
    # The line msgfmt names: the entry's msgstr, where the fix goes.
    assert bad.read_text().splitlines()[int(msgfmt_line) - 1].startswith("msgstr")
    assert f"{bad}:{msgfmt_line}: " in result.stderr
    assert not bad.with_suffix(".mo").exists()


def msgfmt_counts(msgfmt, path: Path) -> dict[str, int]:
    output = msgfmt("--statistics", "-o", "/dev/null", path).stderr
    counts = {"translated": 0, "fuzzy": 0, "untranslated": 0}
    for number, word in re.findall(r"(\d+) (translated|fuzzy|untranslated)", output):
        counts[word] = int(number)
    return counts


def test_stats_equal_msgfmt_statistics(translated_project, l10n, msgfmt):
    catalog = polib.pofile(str(translated_project / PO))
    catalog.find("Conclusion").msgstr = "Conclusion"
    catalog.find("Conclusion").flags.append("fuzzy")
    catalog.save()
    result = l10n("stats", "--format", "json")
    assert result.exit_code == 0, result.output
    (stats,) = json.loads(result.stdout)["files"]
    expected = msgfmt_counts(msgfmt, translated_project / PO)
    assert {k: stats[k] for k in expected} == expected
    assert expected == {"translated": 2, "fuzzy": 1, "untranslated": stats["total"] - 3}
    assert stats["language"] == "fr"
    source = (translated_project / "source/ketamine.md").read_text()
    paragraph = next(p for p in source.split("\n\n") if p.startswith(EDITED))
    assert stats["words"]["translated"] == 2 + len(paragraph.split())


def test_stats_text_and_any_path(translated_project, l10n, tmp_path):
    outside = tmp_path / "elsewhere.po"
    outside.write_bytes((translated_project / PO).read_bytes())
    result = l10n("stats", str(outside))
    assert result.exit_code == 0
    assert str(outside) in result.stdout


def test_init_refuses_unknown_or_existing_languages(translated_project, l10n):
    for code in ("xx", "fr_XX", "english", "../fr"):
        result = l10n("init", code)
        assert result.exit_code == 2, code
        assert "Traceback" not in result.output
    again = l10n("init", "fr")
    assert again.exit_code == 2
    assert "already exists" in again.stderr


def test_init_gives_cldr_plural_forms(translated_project, l10n):
    l10n("init", "ar")
    header = polib.pofile(str(translated_project / "locales/ar/LC_MESSAGES/ketamine.po")).metadata
    assert header["Language"] == "ar"
    assert header["Plural-Forms"].startswith("nplurals=6;")
    assert header["Content-Type"] == "text/plain; charset=UTF-8"


def test_format_check_lists_files_that_would_change(translated_project, l10n, msgcat):
    path = translated_project / PO  # last saved by a PO editor (polib), not in msgcat's layout
    saved = path.read_bytes()
    assert msgcat(path) != saved
    result = l10n("format", "--check", str(path))
    assert result.exit_code == 1
    assert "would be reformatted" in result.stderr
    assert path.read_bytes() == saved
    assert l10n("format", str(path)).exit_code == 0
    assert path.read_bytes() == msgcat(path)
    assert l10n("format", "--check", str(path)).exit_code == 0


@pytest.mark.parametrize(
    ("content", "line"),
    [
        (b'msgid "a"\nmsgstr "b"\nmsgid "a"\nmsgstr "c"\n', 3),
        (b'msgid "a"\nmsgstr "b\\q"\n', 2),
        (b'msgid "a"\nmsgstr "unterminated\n', 2),
        (
            b'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n'
            b'\nmsgid "x"\nmsgstr "\xff"\n',
            5,
        ),
        (b'msgid "a"\nmsgstr "b"\n\nthis is not PO\n', 4),
    ],
    ids=["duplicate", "bad-escape", "unterminated", "bad-utf8", "syntax"],
)
@pytest.mark.parametrize("command", ["stats", "format", "compile", "check"])
def test_malformed_input_exits_2_with_location_and_changes_nothing(
    tmp_path, l10n, content, line, command
):
    path = tmp_path / "broken.po"
    path.write_bytes(content)
    result = l10n(command, str(path))
    assert result.exit_code == 2
    assert f"{path}:{line}:" in result.stderr
    assert "Traceback" not in result.output
    assert path.read_bytes() == content
    assert not path.with_suffix(".mo").exists()


def test_malformed_catalog_in_project_stops_update_before_any_write(translated_project, l10n):
    l10n("init", "de")
    de = translated_project / "locales/de/LC_MESSAGES/ketamine.po"
    fr = translated_project / PO
    de.write_bytes(de.read_bytes() + b'\nmsgid "broken\n')
    before = {p: p.read_bytes() for p in written_files(translated_project)}
    source = translated_project / "source/ketamine.md"
    source.write_text(source.read_text().replace("## Conclusion", "## In Conclusion"))
    l10n("extract")
    result = l10n("update")
    assert result.exit_code == 2
    assert "locales/de/LC_MESSAGES/ketamine.po:" in result.stderr
    assert fr.read_bytes() == before[fr]
    assert de.read_bytes() == before[de]


def test_python_dash_m_runs_the_same_command(project):
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "toolkit", "-C", str(project), "extract"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert (project / POT).exists()


def test_every_command_has_help_text():
    from toolkit.cli import cli

    for name, command in cli.commands.items():
        assert command.help and command.help.strip(), name


@pytest.mark.parametrize("use_fuzzy", [False, True])
def test_compiled_catalog_equals_msgfmts(translated_project, l10n, msgfmt, tmp_path, use_fuzzy):
    catalog = polib.pofile(str(translated_project / PO))
    catalog.find("Anxiety Disorders").flags.append("fuzzy")
    catalog.save()
    oracle = tmp_path / "msgfmt.mo"
    options = ["--use-fuzzy"] if use_fuzzy else []
    assert msgfmt(*options, "-o", oracle, translated_project / PO).returncode == 0
    assert l10n("compile", *options).exit_code == 0
    ours = (translated_project / PO).with_suffix(".mo")
    with ours.open("rb") as mine, oracle.open("rb") as theirs:
        assert gettext.GNUTranslations(mine)._catalog == gettext.GNUTranslations(theirs)._catalog


def test_quiet_writing_commands_print_nothing_but_still_write(project, l10n):
    assert l10n("extract", "-q").output == ""
    assert l10n("init", "fr", "--quiet").output == ""
    po = project / "locales" / "fr" / "LC_MESSAGES" / "ketamine.po"
    assert po.exists()
    for args in (("update", "-q"), ("format", "-q", str(po)), ("compile", "-q")):
        result = l10n(*args)
        assert (result.exit_code, result.output) == (0, ""), args


def _on_a_terminal(project: Path, *args: str) -> tuple[int, str]:
    """Run ``l10n`` with stderr on a pseudo-terminal: its exit code and what the terminal got."""
    main, secondary = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "toolkit", "-C", str(project), *args],
        stdout=subprocess.DEVNULL,
        stderr=secondary,
    )
    os.close(secondary)
    shown = bytearray()
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the command exited and closed its end
            break
        if not chunk:
            break
        shown += chunk
    os.close(main)
    return process.wait(timeout=120), shown.decode("utf-8", "replace")


def test_long_running_commands_show_a_progress_bar_only_on_a_terminal(project, l10n):
    l10n("extract")
    l10n("init", "fr")
    po = str(project / "locales" / "fr" / "LC_MESSAGES" / "ketamine.po")
    runs = {
        "updating": ("update",),
        "compiling": ("compile",),
        "formatting": ("format", po),
        "checking": ("check",),
    }
    for label, args in runs.items():
        code, shown = _on_a_terminal(project, *args)
        assert code in (0, 1), shown
        assert label in shown and "100%" in shown, (args, shown)
        code, shown = _on_a_terminal(project, *args, "--quiet")
        assert label not in shown, (args, shown)
        piped = subprocess.run(
            [sys.executable, "-m", "toolkit", "-C", str(project), *args],
            capture_output=True,
            text=True,
        )
        assert label not in piped.stderr, (args, piped.stderr)
