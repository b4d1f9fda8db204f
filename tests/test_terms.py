"""Finding glossary terms in text, inflected, in every shipped language."""

# ruff: noqa: RUF001 - the tables hold Arabic and Chinese text on purpose

from __future__ import annotations

import random
from functools import cache
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from toolkit.glossary import Concept, Glossary, Term, read_tbx
from toolkit.terms import _SPLIT, TermMatcher, _normaliser, _split, glossary_hint

DATA = Path(__file__).parent / "data"
REAL_GLOSSARY = Path(__file__).parent.parent / "locales" / "glossary.tbx"
GLOSSARY = read_tbx(DATA / "glossary-basic.tbx")


@cache
def matcher(language: str) -> TermMatcher:
    return TermMatcher(GLOSSARY, "en", language)


def found(text: str, language: str = "en", everything: bool = False) -> list[tuple[str, str]]:
    """``(concept, text as written)`` for each occurrence, in text order."""
    m = matcher(language)
    occurrences = m.find_all(text, language) if everything else m.find(text, language)
    return [(o.concept_id, text[o.start : o.end]) for o in occurrences]


# (language, text, the occurrences find() reports)
INFLECTED = [
    # English: plurals, possessives, acronym plurals, hyphen or space, solid compounds.
    (
        "en",
        "Ketamine's effect on NMDA receptors",
        [("ketamine", "Ketamine"), ("nmda-receptor", "NMDA receptors")],
    ),
    (
        "en",
        "the N-methyl-D-aspartate receptor",
        [("nmda-receptor", "N-methyl-D-aspartate receptor")],
    ),
    (
        "en",
        "treatment resistant depression",
        [("treatment-resistant-depression", "treatment resistant depression")],
    ),
    ("en", "posttraumatic stress disorder", [("ptsd", "posttraumatic stress disorder")]),
    (
        "en",
        "TRDs differ from PTSD's",
        [("treatment-resistant-depression", "TRDs"), ("ptsd", "PTSD")],
    ),
    (
        "en",
        "Antidepressants and anxiety disorders",
        [("antidepressant", "Antidepressants"), ("anxiety-disorder", "anxiety disorders")],
    ),
    ("en", "acute depressive episodes", [("depressive-episode", "depressive episodes")]),
    (
        "en",
        "Peace Valley Recovery helps your recovery",
        [("peace-valley-recovery", "Peace Valley Recovery"), ("recovery", "recovery")],
    ),
    # Spanish: plural and gender, articles and contractions.
    ("es", "los receptores NMDA del cerebro", [("nmda-receptor", "receptores NMDA")]),
    (
        "es",
        "los antidepresivos en los trastornos de ansiedad",
        [("antidepressant", "antidepresivos"), ("anxiety-disorder", "trastornos de ansiedad")],
    ),
    ("es", "episodios depresivos agudos", [("depressive-episode", "episodios depresivos")]),
    ("es", "recuerdos traumáticos", [("traumatic-memory", "recuerdos traumáticos")]),
    (
        "es",
        "el TEPT (trastorno de estrés postraumático)",
        [("ptsd", "TEPT"), ("ptsd", "trastorno de estrés postraumático")],
    ),
    # French: elision with either apostrophe, plural, agreement, du/des.
    (
        "fr",
        "l’infusion et d'autres perfusions",
        [("infusion", "infusion"), ("infusion", "perfusions")],
    ),
    ("fr", "la névrose d’angoisse", [("anxiety-disorder", "névrose d’angoisse")]),
    ("fr", "des épisodes dépressifs aigus", [("depressive-episode", "épisodes dépressifs")]),
    (
        "fr",
        "une dépression résistante au traitement",
        [("treatment-resistant-depression", "dépression résistante au traitement")],
    ),
    ("fr", "les récepteurs NMDA", [("nmda-receptor", "récepteurs NMDA")]),
    # German: case endings, compounds (head and modifier), hyphenated compounds.
    (
        "de",
        "bei therapieresistenter Depression",
        [("treatment-resistant-depression", "therapieresistenter Depression")],
    ),
    ("de", "die NMDA-Rezeptoren", [("nmda-receptor", "NMDA-Rezeptoren")]),
    ("de", "Serotoninrezeptoren", [("receptor", "Serotoninrezeptoren")]),
    ("de", "die Ketamintherapie", [("ketamine", "Ketamintherapie")]),
    ("de", "generalisierte Angststörungen", [("anxiety-disorder", "Angststörungen")]),
    ("de", "mit depressiven Episoden", [("depressive-episode", "depressiven Episoden")]),
    (
        "de",
        "bei posttraumatischer Belastungsstörung",
        [("ptsd", "posttraumatischer Belastungsstörung")],
    ),
    # Portuguese: plural, gender, do/da/dos.
    ("pt_BR", "os receptores NMDA do cérebro", [("nmda-receptor", "receptores NMDA")]),
    ("pt_BR", "memórias traumáticas", [("traumatic-memory", "memórias traumáticas")]),
    ("pt_BR", "nos transtornos de ansiedade", [("anxiety-disorder", "transtornos de ansiedade")]),
    ("pt_BR", "os efeitos colaterais", [("side-effect", "efeitos colaterais")]),
    # Arabic: the article, proclitics, the plural ات, a defective noun.
    (
        "ar",
        "يعمل الكيتامين على مستقبلات NMDA",
        [("ketamine", "الكيتامين"), ("nmda-receptor", "مستقبلات NMDA")],
    ),
    ("ar", "وللكيتامين تأثيرات", [("ketamine", "وللكيتامين")]),
    (
        "ar",
        "المصابين بالاكتئاب المقاوم للعلاج",
        [("treatment-resistant-depression", "بالاكتئاب المقاوم للعلاج")],
    ),
    (
        "ar",
        "مضادات الاكتئاب في اضطرابات القلق",
        [("antidepressant", "مضادات الاكتئاب"), ("anxiety-disorder", "اضطرابات القلق")],
    ),
    ("ar", "التأثيرات الجانبية", [("side-effect", "التأثيرات الجانبية")]),
    ("ar", "يدعم التعافي", [("recovery", "التعافي")]),
    # Chinese: characters, no spaces; Latin inside, with or without a space.
    (
        "zh_CN",
        "氯胺酮作用于大脑中的NMDA受体。",
        [("ketamine", "氯胺酮"), ("nmda-receptor", "NMDA受体")],
    ),
    ("zh_CN", "大脑中的 NMDA 受体", [("nmda-receptor", "NMDA 受体")]),
    ("zh_CN", "可帮助难治性抑郁症患者", [("treatment-resistant-depression", "难治性抑郁症")]),
    # Headings and warnings in capitals.
    (
        "en",
        "KETAMINE AND TREATMENT RESISTANT DEPRESSION",
        [
            ("ketamine", "KETAMINE"),
            ("treatment-resistant-depression", "TREATMENT RESISTANT DEPRESSION"),
        ],
    ),
    (
        "fr",
        "LA KÉTAMINE ET LA DÉPRESSION RÉSISTANTE",
        [("ketamine", "KÉTAMINE"), ("treatment-resistant-depression", "DÉPRESSION RÉSISTANTE")],
    ),
    ("de", "KETAMIN IN DER PRAXIS", [("ketamine", "KETAMIN")]),
    # Inflected in capitals: the words read in lower case, the glossary's acronyms as written.
    ("de", "KETAMIN GEGEN DEPRESSIONEN", [("ketamine", "KETAMIN"), ("depression", "DEPRESSIONEN")]),
    ("es", "LOS RECEPTORES NMDA", [("nmda-receptor", "RECEPTORES NMDA")]),
    (
        "en",
        "KETAMINE'S EFFECT ON NMDA RECEPTORS AND PTSD",
        [("ketamine", "KETAMINE"), ("nmda-receptor", "NMDA RECEPTORS"), ("ptsd", "PTSD")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), INFLECTED)
def test_finds_inflected_terms(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, language) == expected


# (language, text, a concept that is not there, however close it looks)
NOT_TERMS = [
    ("en", "the nmda receptor", "nmda-receptor"),  # acronyms are case-sensitive
    ("en", "The ptsd of it", "ptsd"),  # in a text not in capitals
    # "depressive" and "depression" both stem to "depress", but are different words
    ("en", "depressive moods", "depression"),
    ("es", "un tratamiento eficiente para recuerdos traumáticos", "trauma"),  # "traumat" too
    ("pt_BR", "memórias traumáticas", "trauma"),
    ("fr", "un patient dépressif", "depression"),
    ("de", "eine fundamentale Reaktion", "ketamine"),
    ("de", "die Rezeptoren", "nmda-receptor"),
    ("zh_CN", "抑郁", "depression"),
    ("ar", "مستقبل الدواء", "nmda-receptor"),
]


@pytest.mark.parametrize(("language", "text", "concept"), NOT_TERMS)
def test_finds_nothing_where_there_is_no_term(language: str, text: str, concept: str) -> None:
    assert concept not in {found_concept for found_concept, _ in found(text, language, True)}


def test_longest_match_wins_and_find_all_keeps_the_rest() -> None:
    text = "Peace Valley Recovery blocks the NMDA receptor."
    assert found(text) == [
        ("peace-valley-recovery", "Peace Valley Recovery"),
        ("nmda-receptor", "NMDA receptor"),
    ]
    assert found(text, everything=True) == [
        ("peace-valley-recovery", "Peace Valley Recovery"),
        ("recovery", "Recovery"),
        ("nmda-receptor", "NMDA receptor"),
        ("nmda", "NMDA"),
        ("receptor", "receptor"),
    ]


def test_urls_code_and_markup_are_not_prose() -> None:
    text = (
        '[La kétamine](https://example.org/ketamine/ "ketamine") : voir www.ketamine.fr, '
        '`ketamine`, <span class="ketamine">la kétamine</span> et info@ketamine.fr ; x < 5 > 3'
    )
    assert found(text, "fr") == [("ketamine", "kétamine"), ("ketamine", "kétamine")]


def test_occurrences_carry_the_glossary_term() -> None:
    [occurrence] = matcher("fr").find("L'ESPT", "fr")
    assert occurrence.term == Term("ESPT", "fr", "superseded", "acronym")
    assert (occurrence.start, occurrence.end) == (2, 6)


def test_a_language_the_glossary_lacks_finds_nothing() -> None:
    assert matcher("it").find("la ketamina", "it") == []
    assert TermMatcher(Glossary(()), "en", "fr").find("ketamine") == []


def test_every_term_of_the_fixture_finds_itself() -> None:
    for concept in GLOSSARY:
        for term in concept.terms:
            concepts = {
                o.concept_id for o in matcher(term.language).find_all(term.text, term.language)
            }
            assert concept.id in concepts, term


@pytest.mark.skipif(not REAL_GLOSSARY.exists(), reason="locales/glossary.tbx not written yet")
def test_every_term_of_the_project_glossary_finds_itself() -> None:
    glossary = read_tbx(REAL_GLOSSARY)
    real = TermMatcher(glossary, "en")
    for concept in glossary:
        for term in concept.terms:
            occurrences = real.find_all(term.text, term.language)
            assert concept.id in {o.concept_id for o in occurrences}, term


# (language, source, hint)
HINTS = [
    (
        "fr",
        "Ketamine blocks the NMDA receptor.",
        "glossary: ketamine = kétamine; NMDA receptor = récepteur NMDA",
    ),
    (
        "fr",
        "PTSD (post-traumatic stress disorder)",
        "glossary: PTSD = TSPT; "
        "post-traumatic stress disorder = trouble de stress post-traumatique",
    ),
    (
        "es",
        "Peace Valley Recovery treats PTSD.",
        "glossary: Peace Valley Recovery (do not translate); PTSD = TEPT",
    ),
    ("zh_CN", "PTSD and side effects", "glossary: PTSD = 创伤后应激障碍; side effect = 副作用"),
    (
        "de",
        "The NMDA (N-methyl-D-aspartate) receptor",
        "glossary: NMDA (do not translate); N-methyl-D-aspartate receptor = NMDA-Rezeptor",
    ),
]


@pytest.mark.parametrize(("language", "source", "hint"), HINTS)
def test_glossary_hint(language: str, source: str, hint: str) -> None:
    assert glossary_hint(source, matcher(language), language) == hint


def test_no_hint_without_terms() -> None:
    assert glossary_hint("Nothing to see here.", matcher("fr"), "fr") is None
    assert glossary_hint("ketamine", matcher("it"), "it") is None


def _synthetic(concepts: int, languages: list[str]) -> Glossary:
    rng = random.Random(1)

    def word() -> str:
        return "".join(rng.choice("abcdefghijklmnoprstuvz") for _ in range(rng.randint(5, 10)))

    return Glossary(
        tuple(
            Concept(
                f"c{i}",
                tuple(
                    Term(" ".join(word() for _ in range(rng.randint(1, 3))), language)
                    for language in languages
                ),
            )
            for i in range(concepts)
        )
    )


def test_a_large_glossary_is_built_and_each_of_its_terms_found() -> None:
    """How fast is the benchmark's business (bench/run.py); here, that it works at all."""
    languages = ["en", "es", "fr", "de", "pt_BR", "ru"]
    glossary = _synthetic(2000, languages)
    big = TermMatcher(glossary, "en")
    for language in languages:
        big.find("", language)
    term = glossary.concept("c1234").terms_in("de")[0].text
    text = f"Ein Satz mit {term} darin."
    assert [o.concept_id for o in big.find(text, "de")] == ["c1234"]


@pytest.mark.parametrize("language", ["en", "es", "fr", "de", "pt_BR", "ar", "zh_CN", "ja", "ru"])
def test_numbers_are_keyed_as_written_without_being_remembered(language: str) -> None:
    """The shortcut for numbers gives what normalising them gives, and keeps nothing."""
    normaliser = _normaliser(language)
    for number in ("0", "7", "24", "2024", "0005"):
        assert normaliser.split(number) == ((number, number, 0, len(number)),)
        assert normaliser.pieces[number] == number
        assert normaliser.pieces.subs_of(number) == normaliser.split(number)
        assert number not in normaliser.pieces.subs


# Most text is cut into words by a simpler pattern; it must cut exactly where the
# general one does.
_SCRIPTS = "aZé9_-' \u2019.ÄßжЖαΩ中文한국かナ\u0301\u064e\u00ad\u200dمال\u0e01\u0e34"


@settings(max_examples=3000, deadline=None)
@example(text="l\u2019anesthésie")
@example(text="e\u0301te\u0301 中文")
@given(
    text=st.one_of(
        st.text(st.characters(max_codepoint=127), max_size=40),
        st.text(st.sampled_from(_SCRIPTS), max_size=40),
        st.text(max_size=30),
    )
)
def test_text_is_split_as_the_general_pattern_splits_it(text):
    assert _split(text) == _SPLIT.split(text)
