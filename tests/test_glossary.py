"""The glossary model and its TBX and CSV files."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from toolkit.errors import GlossaryError
from toolkit.glossary import (
    Concept,
    Glossary,
    Term,
    parse_csv,
    parse_tbx,
    read_csv,
    read_tbx,
    write_csv,
    write_tbx,
)

DATA = Path(__file__).parent / "data"
REAL_GLOSSARY = Path(__file__).parent.parent / "locales" / "glossary.tbx"


@pytest.fixture(scope="module")
def basic() -> Glossary:
    return read_tbx(DATA / "glossary-basic.tbx")


def test_reads_concepts_terms_and_statuses(basic: Glossary) -> None:
    assert len(basic) == 16
    assert basic.languages == ("en", "es", "fr", "de", "pt_BR", "ar", "zh_CN")
    ketamine = basic.concept("ketamine")
    assert ketamine.subject_field == "pharmacology"
    assert ketamine.definition == "An anesthetic that blocks NMDA receptors."
    assert ketamine.note == "INN and national adoptions."
    assert ketamine.terms_in("pt_BR") == (
        Term("cetamina", "pt_BR", "preferred"),
        Term("ketamina", "pt_BR", "deprecated"),
    )
    assert not ketamine.do_not_translate


def test_approved_puts_preferred_first_and_forbidden_collects_the_rest(basic: Glossary) -> None:
    ptsd = basic.concept("ptsd")
    assert [t.text for t in ptsd.approved("fr")] == ["trouble de stress post-traumatique", "TSPT"]
    assert [(t.text, t.status) for t in ptsd.forbidden("fr")] == [
        ("état de stress post-traumatique", "superseded"),
        ("ESPT", "superseded"),
    ]
    assert ptsd.terms_in("en")[1] == Term("PTSD", "en", "admitted", "acronym")
    # A term without administrativeStatus is usable.
    assert basic.concept("depression").approved("de") == (Term("Depression", "de"),)


def test_translation_needed_no_marks_do_not_translate(basic: Glossary) -> None:
    assert [c.id for c in basic if c.do_not_translate] == ["nmda", "peace-valley-recovery"]


def test_unknown_concept_is_a_key_error(basic: Glossary) -> None:
    with pytest.raises(KeyError, match="no-such-concept"):
        basic.concept("no-such-concept")


@pytest.mark.parametrize(
    ("catalog_language", "glossary_language"),
    [("pt_BR", "pt_BR"), ("fr", "fr"), ("zh", "zh_CN"), ("fr_CA", "fr"), ("it", None)],
)
def test_match_language(basic: Glossary, catalog_language: str, glossary_language: str) -> None:
    assert basic.match_language(catalog_language) == glossary_language


def test_reads_tbx_v3_in_both_styles() -> None:
    glossary = read_tbx(DATA / "glossary-v3.tbx")
    ptsd = glossary.concept("ptsd")
    assert ptsd.subject_field == "psychiatry"
    assert ptsd.definition == "A disorder that can follow a traumatic event."
    assert ptsd.terms == (
        Term("post-traumatic stress disorder", "en", "preferred"),
        Term("PTSD", "en", "admitted", "acronym"),
        Term("transtorno de estresse pós-traumático", "pt_BR", "preferred"),
        Term("distúrbio de estresse pós-traumático", "pt_BR", "deprecated"),
    )
    bdnf = glossary.concept("bdnf")
    assert bdnf.subject_field == "biochemistry"
    assert bdnf.terms == (Term("BDNF", "en", "preferred", "acronym"),)
    assert bdnf.do_not_translate  # said on the source language section, as Weblate reads it


def _tbx(body: str, root: str = '<martif type="TBX-Basic" xml:lang="en">') -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"{root}\n<text><body>\n{body}\n</body></text>\n</martif>\n"
    ).encode()


def _entry(inside: str, entry_id: str = 'id="c1"') -> str:
    return f"<termEntry {entry_id}>\n{inside}\n</termEntry>"


_TIG = '<langSet xml:lang="en"><tig><term>ketamine</term></tig></langSet>'

# (document, line of the problem, words of the message)
MALFORMED = [
    (_tbx(_entry("<langSet xml:lang='en'><tig><term>x</term></tig>")), 6, "mismatched tag"),
    (b"<martif>\n<text>\n<body>\n", 4, "no element found"),
    (_tbx(_entry(_TIG, entry_id="")), 4, "has no id"),
    (_tbx(_entry(_TIG, entry_id='id="  "')), 4, "has no id"),
    (_tbx(_entry('<langSet xml:lang="en">\n<tig><term> </term></tig></langSet>')), 6, "no text"),
    (_tbx(_entry('<langSet xml:lang="en">\n<tig>\n</tig></langSet>')), 6, "has no <term>"),
    (
        _tbx(
            _entry(
                '<langSet xml:lang="en"><tig><term>ketamine</term>\n'
                '<termNote type="administrativeStatus">forbiddenTerm</termNote></tig></langSet>'
            )
        ),
        6,
        "unknown administrativeStatus 'forbiddenTerm'",
    ),
    (_tbx(_entry("\n<langSet><tig><term>ketamine</term></tig></langSet>")), 6, "no xml:lang"),
    (
        _tbx(_entry('<langSet xml:lang="qqq-nope"><tig><term>k</term></tig></langSet>')),
        5,
        "qqq-nope",
    ),
    (_tbx(_entry(_TIG) + "\n" + _entry(_TIG)), 7, "also used on line 4"),
    (
        _tbx(_entry('<descrip type="Translation needed">Maybe</descrip>\n' + _TIG)),
        5,
        "Yes or No",
    ),
    (b'<?xml version="1.0"?>\n<glossary/>\n', 2, "not a TBX file"),
    # Entity declarations are refused: no billion laughs, no external files.
    (
        b'<?xml version="1.0"?>\n<!DOCTYPE martif [\n<!ENTITY lol "lol">\n'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;">\n]>\n<martif>&lol2;</martif>\n',
        3,
        "entity declarations are not allowed",
    ),
    (
        b'<?xml version="1.0"?>\n<!DOCTYPE martif [\n'
        b'<!ENTITY secret SYSTEM "file:///etc/passwd">\n]>\n<martif>&secret;</martif>\n',
        3,
        "entity declarations are not allowed",
    ),
    (b'<?xml version="1.0"?>\n<martif>&undefined;</martif>\n', 2, "undefined entity"),
]


@pytest.mark.parametrize(("document", "line", "words"), MALFORMED)
def test_bad_tbx_is_a_glossary_error_with_its_line(
    tmp_path: Path, document: bytes, line: int, words: str
) -> None:
    path = tmp_path / "glossary.tbx"
    path.write_bytes(document)
    with pytest.raises(GlossaryError) as caught:
        read_tbx(path)
    assert caught.value.path == str(path)
    assert caught.value.line == line
    assert words in caught.value.message


def test_a_doctype_with_an_external_dtd_is_read_without_fetching_it() -> None:
    document = _tbx(_entry(_TIG)).replace(
        b"<martif", b'<!DOCTYPE martif SYSTEM "http://example.invalid/TBX.dtd">\n<martif', 1
    )
    assert parse_tbx(document).concept("c1").terms == (Term("ketamine", "en"),)


def test_missing_file_is_a_glossary_error(tmp_path: Path) -> None:
    with pytest.raises(GlossaryError, match="cannot read"):
        read_tbx(tmp_path / "nothing.tbx")


def test_write_tbx_reads_back_equal(basic: Glossary) -> None:
    written = write_tbx(basic)
    assert written.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE martif')
    assert b'<langSet xml:lang="pt-BR">' in written
    assert b'<termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>' in written
    assert parse_tbx(written) == basic


def test_tbx_to_csv_to_tbx_round_trips(basic: Glossary) -> None:
    csv_text = write_csv(basic)
    assert csv_text.splitlines()[0] == (
        "concept,subject_field,definition,note,do_not_translate,language,term,status,term_type"
    )
    assert "ptsd,psychiatry,,,,fr,ESPT,superseded,acronym" in csv_text.splitlines()
    assert parse_csv(csv_text) == basic
    assert parse_tbx(write_tbx(parse_csv(csv_text))) == basic


def test_round_trip_keeps_a_concept_without_terms() -> None:
    glossary = Glossary((Concept("empty", definition="Kept, though it has no term yet."),))
    assert parse_csv(write_csv(glossary)) == glossary
    assert parse_tbx(write_tbx(glossary)) == glossary


def test_reads_a_spreadsheet_csv() -> None:
    glossary = read_csv(DATA / "glossary-terms.csv")
    assert [c.id for c in glossary] == ["ketamine", "ptsd", "peace-valley-recovery"]
    assert glossary.concept("ketamine").forbidden("fr") == (Term("ketamine", "fr", "deprecated"),)
    ptsd = glossary.concept("ptsd")
    assert ptsd.note == "Spell the acronym in capitals, no periods."
    assert ptsd.terms_in("pt_BR") == (Term("TEPT", "pt_BR", "admitted", "acronym"),)
    assert glossary.concept("peace-valley-recovery").do_not_translate


def test_csv_with_a_bom_and_reordered_columns_is_read() -> None:
    text = "\ufefflanguage,term,concept,status\nde,Ketamin,ketamine,preferred\n"
    assert parse_csv(text) == Glossary(
        (Concept("ketamine", (Term("Ketamin", "de", "preferred"),)),)
    )


_HEADER = "concept,subject_field,definition,note,do_not_translate,language,term,status,term_type\n"

CSV_ERRORS = [
    ("concept,term\nketamine,ketamine\n", 1, "no language column"),
    (_HEADER + "ketamine,,,,,en,ketamine,forbidden,\n", 2, "unknown status 'forbidden'"),
    (_HEADER + ",,,,,en,ketamine,,\n", 2, "no concept id"),
    (_HEADER + 'k,,"multi\nline",,,en,ketamine,,\nk,,other,,,fr,kétamine,,\n', 4, "definition"),
    (_HEADER + "k,,,,,,ketamine,,\n", 2, "both a language and a text"),
    (_HEADER + "k,,,,perhaps,en,ketamine,,\n", 2, "yes or no"),
    (_HEADER + "k,,,,,qqq-nope,ketamine,,\n", 2, "qqq-nope"),
]


@pytest.mark.parametrize(("text", "line", "words"), CSV_ERRORS)
def test_bad_csv_is_a_glossary_error_with_its_line(text: str, line: int, words: str) -> None:
    with pytest.raises(GlossaryError) as caught:
        parse_csv(text, "glossary.csv")
    assert (caught.value.path, caught.value.line) == ("glossary.csv", line)
    assert words in caught.value.message


def test_concept_ids_are_unique_in_memory() -> None:
    with pytest.raises(ValueError, match="share the id"):
        Glossary((Concept("a"), Concept("a")))


@pytest.mark.skipif(not REAL_GLOSSARY.exists(), reason="locales/glossary.tbx not written yet")
def test_the_project_glossary_parses_and_round_trips() -> None:
    glossary = read_tbx(REAL_GLOSSARY)
    assert len(glossary) >= 35
    assert {"en", "es", "fr", "de", "pt_BR", "ar", "zh_CN"} <= set(glossary.languages)
    assert all(concept.terms_in("en") for concept in glossary)
    assert any(concept.do_not_translate for concept in glossary)
    assert parse_csv(write_csv(glossary)) == glossary
    assert parse_tbx(write_tbx(glossary)) == glossary


def test_reading_a_glossary_leaves_the_cycle_collector_as_it_was():
    """The collector is paused while the tree is built, and back on even after an error."""
    assert gc.isenabled()
    parse_tbx(REAL_GLOSSARY.read_bytes(), str(REAL_GLOSSARY))
    assert gc.isenabled()
    with pytest.raises(GlossaryError):
        parse_tbx(b"<martif><text><body><termEntry>", "broken.tbx")
    assert gc.isenabled()
