"""``l10n check`` and friends as CI and translators use them: exit codes and every format."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import polib
import pytest

from tests.conftest import REPO

PO = Path("locales/fr/LC_MESSAGES/ketamine.po")


@pytest.fixture
def shipped(project: Path) -> Path:
    """The project with the shipped French catalog and glossary."""
    shutil.copy(REPO / "locales/glossary.tbx", project / "locales/glossary.tbx")
    shutil.copy(REPO / "locales/ketamine.pot", project / "locales/ketamine.pot")
    (project / PO).parent.mkdir(parents=True)
    shutil.copy(REPO / PO, project / PO)
    return project


def spoil(path: Path, prefix: str, translation: str, flags: tuple[str, ...] = ()) -> None:
    """Replace one translation as a PO editor would."""
    catalog = polib.pofile(str(path))
    entry = next(e for e in catalog if e.msgid.startswith(prefix))
    entry.msgstr = translation
    entry.flags.extend(flags)
    catalog.save()


def test_shipped_french_passes(shipped, l10n):
    result = l10n("check", "--min-complete", "100", "--fail-on", "warning")
    assert result.exit_code == 0, result.output
    assert "passed" in result.stdout


def test_a_changed_dose_fails_with_location_and_check_id(shipped, l10n):
    spoil(shipped / PO, "Side Effects", "Effets indésirables (10 %)")
    result = l10n("check")
    assert result.exit_code == 1
    assert "error: [number-mismatch]" in result.stdout
    assert "locales/fr/LC_MESSAGES/ketamine.po:" in result.stdout


def test_min_complete_and_fail_on(shipped, l10n):
    spoil(shipped / PO, "Conclusion", "")
    assert l10n("check").exit_code == 1  # untranslated is an error by default
    assert l10n("check", "--fail-on", "error", "--min-complete", "90").exit_code == 1
    catalog = polib.pofile(str(shipped / PO))
    catalog.find("Conclusion").flags.append("ignore-untranslated")
    catalog.save()
    assert l10n("check", "--min-complete", "90").exit_code == 0
    below = l10n("check", "--min-complete", "100")
    assert below.exit_code == 1
    assert "[min-complete]" in below.stdout


def test_ignore_flag_is_reported_as_silenced(shipped, l10n):
    spoil(shipped / PO, "Side Effects", "Effets indésirables (10 %)", ("ignore-number-mismatch",))
    result = l10n("check", "--format", "json")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["files"][0]["silenced"] == 1
    assert report["findings"] == []


def test_json_format(shipped, l10n):
    spoil(shipped / PO, "Side Effects", "Effets indésirables (10 %)")
    report = json.loads(l10n("check", "--format", "json").stdout)
    (file,) = report["files"]
    assert file["path"] == str(PO)
    assert file["language"] == "fr"
    assert file["stats"]["total"] == len(polib.pofile(str(shipped / PO)))
    (finding,) = [f for f in report["findings"] if f["check"] == "number-mismatch"]
    assert set(finding) == {"path", "line", "msgctxt", "msgid", "check", "severity", "message"}
    assert finding["msgid"] == "Side Effects"
    assert finding["severity"] == "error"
    lines = (shipped / PO).read_text().splitlines()
    assert lines[finding["line"] - 1] == 'msgstr "Effets indésirables (10 %)"'  # msgfmt's line


def test_junit_format(shipped, l10n):
    spoil(shipped / PO, "Side Effects", "Effets indésirables (10 %)")
    root = ET.fromstring(l10n("check", "--format", "junit").stdout)
    (suite,) = root.findall("testsuite")
    assert suite.get("name") == str(PO)
    failures = suite.findall("testcase/failure")
    assert int(suite.get("failures")) == len(failures) >= 1
    assert any("number-mismatch" in case.get("name") for case in suite.findall("testcase"))


def test_sarif_format(shipped, l10n):
    spoil(shipped / PO, "Side Effects", "Effets indésirables (10 %)")
    sarif = json.loads(l10n("check", "--format", "sarif").stdout)
    assert sarif["version"] == "2.1.0"
    (run,) = sarif["runs"]
    rule_ids = {rule["id"] for rule in run["tool"]["driver"]["rules"]}
    result = next(r for r in run["results"] if r["ruleId"] == "number-mismatch")
    assert "number-mismatch" in rule_ids
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == str(PO)
    lines = (shipped / PO).read_text().splitlines()
    assert lines[location["region"]["startLine"] - 1] == 'msgstr "Effets indésirables (10 %)"'


def test_github_annotations(shipped, l10n, monkeypatch):
    spoil(shipped / PO, "Side Effects", "Effets indésirables (10 %)")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = l10n("check")
    assert f"::error file={PO},line=" in result.stdout


def test_lang_override_and_unknown_language(shipped, l10n, tmp_path):
    outside = tmp_path / "no-header-language.po"
    outside.write_text((shipped / PO).read_text().replace('"Language: fr\\n"\n', ""))
    result = l10n("check", str(outside), "--lang", "fr", "--format", "json")
    report = json.loads(result.stdout)
    assert report["files"][0]["language"] == "fr"
    assert l10n("check", str(outside), "--lang", "xx").exit_code == 2


def test_configuration_in_pyproject(shipped, l10n):
    spoil(shipped / PO, "Side Effects", "Effets indésirables (10 %)")
    (shipped / "pyproject.toml").write_text('[tool.l10n]\ndisable = ["number-mismatch"]\n')
    assert l10n("check").exit_code == 0
    (shipped / "pyproject.toml").write_text('[tool.l10n]\ndisable = ["number-mismatc"]\n')
    result = l10n("check")
    assert result.exit_code == 2
    assert "pyproject.toml:2:" in result.stderr


def test_malformed_glossary_is_located(shipped, l10n):
    glossary = shipped / "locales/glossary.tbx"
    glossary.write_text(glossary.read_text()[:2000])
    result = l10n("check")
    assert result.exit_code == 2
    assert "glossary.tbx:" in result.stderr
    assert "Traceback" not in result.output


def test_checks_lists_every_check_with_severity():
    from click.testing import CliRunner

    from toolkit.checks import CHECKS
    from toolkit.cli import cli

    output = CliRunner().invoke(cli, ["checks"]).stdout
    for check in CHECKS:
        line = next(line for line in output.splitlines() if line.startswith(check.id + " "))
        assert str(check.severity) in line and check.description() in line


def test_update_glossary_hints_are_replaced_not_duplicated(shipped, l10n):
    assert l10n("update", "--glossary-hints").exit_code == 0
    once = (shipped / PO).read_bytes()
    entry = polib.pofile(str(shipped / PO)).find("Side Effects")
    assert entry.comment.splitlines()[-1] == "glossary: side effect = effet indésirable"
    assert l10n("update", "--glossary-hints").exit_code == 0
    assert (shipped / PO).read_bytes() == once


def test_glossary_commands(shipped, l10n, tmp_path):
    listing = l10n("glossary", "list")
    assert listing.exit_code == 0
    assert "peace-valley-recovery" in listing.stdout and "do not translate" in listing.stdout
    shown = l10n("glossary", "show", "fr")
    assert any(
        line.split()[:1] == ["ketamine"] and "kétamine" in line and "preferred" in line
        for line in shown.stdout.splitlines()
    )
    csv_path, tbx_path = tmp_path / "g.csv", tmp_path / "g.tbx"
    tbx = str(shipped / "locales/glossary.tbx")
    assert l10n("glossary", "convert", tbx, str(csv_path)).exit_code == 0
    assert l10n("glossary", "convert", str(csv_path), str(tbx_path)).exit_code == 0
    from toolkit.glossary import read_tbx

    assert read_tbx(tbx_path) == read_tbx(shipped / "locales/glossary.tbx")


def test_junit_reports_a_catalog_below_min_complete(shipped, l10n):
    spoil(shipped / PO, "Conclusion", "")
    root = ET.fromstring(l10n("check", "--format", "junit", "--min-complete", "100").stdout)
    names = [case.get("name") for case in root.iter("testcase")]
    assert "min-complete" in names


def test_a_sentence_added_to_the_article_is_named_where_the_old_translation_lacks_it(shipped, l10n):
    article = shipped / "source" / "ketamine.md"
    before = "they are often temporary."
    added = "Tell your doctor about any other medicines you take."
    text = article.read_text(encoding="utf-8")
    assert text.count(before) == 1
    article.write_text(text.replace(before, f"{before} {added}"), encoding="utf-8")
    assert l10n("extract").exit_code == 0
    assert l10n("update").exit_code == 0
    report = json.loads(l10n("check", "--format", "json").output)
    risks = [f for f in report["findings"] if f["check"] == "fuzzy-risk"]
    assert [(f["path"], f["message"]) for f in risks] == [
        (PO.as_posix(), f"the source gained a sentence the old translation lacks: “{added}”")
    ]
    assert added in risks[0]["msgid"]
