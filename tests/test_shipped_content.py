"""The content we ship: every language complete, clean and laid out as gettext writes it.

A regression in a translation, the glossary or a check that starts flagging
correct text fails here.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tests.conftest import REPO
from tests.shipped import SHIPPED
from toolkit.cli import cli
from toolkit.glossary import read_tbx
from toolkit.project import Project


def run(*args: str):
    return CliRunner().invoke(cli, ["-C", str(REPO), *args], catch_exceptions=False)


def test_the_six_languages_are_shipped():
    assert tuple(Project(REPO).languages()) == SHIPPED


def test_every_shipped_language_is_complete_and_clean():
    result = run("check", "--min-complete", "100", "--fail-on", "warning", "--format", "json")
    report = json.loads(result.stdout)
    assert report["findings"] == []
    assert [f["language"] for f in report["files"]] == list(SHIPPED)
    for file in report["files"]:
        stats = file["stats"]
        assert stats["translated"] == stats["total"] > 0
        assert stats["fuzzy"] == stats["untranslated"] == stats["obsolete"] == 0
        assert file["silenced"] == 0
    assert result.exit_code == 0


def test_templates_are_current_and_every_file_is_canonical(msgcat):
    assert run("extract", "--check").exit_code == 0
    paths = [*REPO.glob("locales/*.pot"), *REPO.glob("locales/*/LC_MESSAGES/*.po")]
    assert run("format", "--check", *map(str, paths)).exit_code == 0
    for path in paths:
        assert msgcat(path) == path.read_bytes(), path


@pytest.mark.parametrize("code", SHIPPED)
def test_headers(code):
    from toolkit.locales import get_language
    from toolkit.pofile import read_po_file

    catalog = read_po_file(REPO / "locales" / code / "LC_MESSAGES" / "ketamine.po")
    language = get_language(code)
    assert catalog.language == code
    assert catalog.plural_forms == language.plural_forms
    assert catalog.header_fields["Language-Team"].startswith(language.english_name)


def test_glossary_covers_the_article():
    glossary = read_tbx(REPO / "locales" / "glossary.tbx")
    assert len(glossary.concepts) >= 35
    assert {"en", *SHIPPED} <= set(glossary.languages)
    for concept in glossary.concepts:
        assert concept.definition and concept.subject_field and concept.note, concept.id
        if not concept.do_not_translate:
            for code in SHIPPED:
                assert concept.approved(code), (concept.id, code)
    dnt = {t.text for c in glossary.concepts if c.do_not_translate for t in c.terms}
    assert {"NMDA", "AMPA", "BDNF", "Peace Valley Recovery"} <= dnt
