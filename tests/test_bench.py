"""The benchmark's synthetic corpus is what the README's table says it is."""

from __future__ import annotations

from bench.synthetic import make_catalog, make_glossary
from toolkit.checks import run_checks
from toolkit.checks.base import CheckContext
from toolkit.locales import get_language
from toolkit.pofile import read_po, write_po
from toolkit.terms import TermMatcher

GLOSSARY = make_glossary(50)


def _sources(language: str, shared: bool) -> list[str]:
    catalog = make_catalog(GLOSSARY, language, 40, shared_sources=shared)
    return [m.msgid for m in catalog.messages if m.msgid]


def test_one_projects_catalogs_translate_the_same_english_and_others_do_not():
    assert _sources("fr", shared=True) == _sources("de", shared=True)
    assert _sources("fr", shared=False) != _sources("de", shared=False)


def test_the_corpus_is_the_same_every_time_and_reads_back():
    first = write_po(make_catalog(GLOSSARY, "es", 40))
    assert write_po(make_catalog(make_glossary(50), "es", 40)) == first
    assert len(read_po(first).messages) == 41  # the header and 40 entries


def test_its_planted_defects_are_what_the_checks_find():
    """Entries use the glossary's terms; a few are left with a defect the checks must see."""
    catalog = make_catalog(GLOSSARY, "fr", 400)
    context = CheckContext(get_language("fr"), TermMatcher(GLOSSARY, "en"))
    found = {f.check for f in run_checks(catalog, context, "fr.po").findings}
    assert {"term-missing", "number-mismatch"} <= found
