"""Defects planted in the shipped translations: each must be caught by the check that owns it.

The translations of the shipped article are real, reviewed text in six
languages, and give no finding (``test_shipped_content``). Here each entry is
damaged the way a hurried edit damages a translation: an approved term
replaced by another word or by a term the glossary forbids, a "do not
translate" name retyped, a negation dropped, a link's
target changed or its Markdown lost. Where a defect goes is decided by plain
regular expressions written here, not by the toolkit's own matching, so a
term or a negation the toolkit fails to see in the source is a failure here.
"""

# ruff: noqa: RUF001, RUF002 -- real translations hold non-ASCII punctuation and digits

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

import pytest

from tests import test_checks_markup as markup_tests
from tests import test_checks_negation as negation_tests
from tests import test_checks_numbers as numbers_tests
from tests import test_checks_terminology as terminology_tests
from tests.checkutil import fails
from tests.conftest import REPO
from tests.shipped import SHIPPED
from toolkit.catalog import Catalog, Message
from toolkit.checks import run_checks
from toolkit.checks.base import CheckContext
from toolkit.checks.markup import MarkupMismatch, UrlMismatch
from toolkit.checks.negation import NegationMismatch
from toolkit.checks.numbers import NumberMismatch
from toolkit.checks.terminology import TermMissing
from toolkit.glossary import Concept, Glossary, read_tbx
from toolkit.locales import get_language
from toolkit.pofile import read_po_file
from toolkit.terms import TermMatcher

#: Every negation of each language, and what stands in its place once it is dropped.
DROP_NEGATION: dict[str, tuple[tuple[str, str], ...]] = {
    "de": ((r"\bnicht\s*", ""), (r"\bkein", "ein"), (r"\bohne\b", "mit"), (r"\bnie\w*\s*", "")),
    "fr": (
        (r"\bne\s+|\bn['’]", ""),
        (r"\s*\bpas\b", ""),
        (r"\bsans\b", "avec"),
        (r"\bjamais\b", "souvent"),
        (r"\baucun(e?)\b", r"un\1"),
        (r"\brien\b", "tout"),
    ),
    "es": ((r"\bno\s+", ""), (r"\bsin\b", "con"), (r"\bnunca\b", "siempre"), (r"\bning", "")),
    "pt_BR": (
        (r"\bnão\s+", ""),
        (r"\bsem\b", "com"),
        (r"\bnunca\b", "sempre"),
        (r"\bnenhum", "um"),
    ),
    "zh_CN": ((r"[不勿非]", ""), (r"没有?", "有"), (r"无", "有"), (r"未", "已")),
    "ar": (
        (r"\b(?:لا|لم|لن)\s+", ""),
        (r"\bألا\b", "أن"),
        (r"\bليس\w*\s*", ""),
        (r"\bدون\b", "مع"),
        (r"\bغير\b\s*", ""),
        (r"\bأبدًا?\s*", ""),
    ),
}
#: A negation of English, as its words say it.
ENGLISH_NEGATION = re.compile(r"\b(?:not|no|never|without|cannot|none|nor)\b|n't\b", re.I)
#: English that holds a negation word without negating: a double negation that
#: affirms ("not without side effects"), "not only" (the check's tables test these).
NOT_NEGATING = re.compile(r"\bnot only\b|\bnot without\b|\bwhether or not\b|\bno matter\b", re.I)
LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]+)\)")
ACRONYM = re.compile(r"[A-Z0-9-]+")
STAND_IN = "XQZW"  # a word no language has


@dataclass(frozen=True)
class Planted:
    """One damaged translation, and the check that must say so (with these words)."""

    defect: str
    checks: frozenset[str]
    translation: str
    says: str = ""


@cache
def shipped_glossary() -> Glossary:
    return read_tbx(REPO / "locales" / "glossary.tbx")


@cache
def matcher() -> TermMatcher:
    return TermMatcher(shipped_glossary(), "en")


def english_pattern(text: str) -> re.Pattern[str]:
    """An English term as written, in the plural or the possessive too (any case but acronyms)."""
    words = [re.escape(w) + r"(?:s|es|'s|’s)?" for w in re.split(r"[\s-]+", text)]
    body = r"[\s-]+".join(words)
    flags = 0 if text.isupper() else re.I
    return re.compile(rf"(?<![\w-]){body}(?![\w-])", flags)


def mentioned(source: str, glossary: Glossary) -> list[Concept]:
    """The concepts whose English term stands in ``source`` on its own (not inside a longer one)."""
    spans: list[tuple[int, int, Concept]] = []
    for concept in glossary:
        for term in concept.terms_in("en"):
            spans += [
                (m.start(), m.end(), concept) for m in english_pattern(term.text).finditer(source)
            ]
    alone = [
        (start, end, concept)
        for start, end, concept in spans
        if not any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in spans)
    ]
    return list({concept.id: concept for _, _, concept in alone}.values())


def forms_of(term: str, language: str) -> re.Pattern[str]:
    """Every inflected form of a target term, found by its longest word's beginning.

    An acronym is found as written; a Chinese term, which does not inflect, by
    its last two characters, so that an expansion cut by a parenthesis
    ("AMPA（…）受体") goes too.
    """
    if ACRONYM.fullmatch(term):
        return re.compile(re.escape(term))
    if language == "zh_CN":
        return re.compile(re.escape(term[-2:]))
    head = max(re.split(r"[\s'’-]+", term), key=len)
    if language == "ar" and head.startswith("ال"):
        head = head[2:]
    stem = head[: max(3, len(head) - 3)]
    return re.compile(rf"\w*{re.escape(stem)}\w*", re.I)


def without_concept(translation: str, concept: Concept, language: str) -> str:
    for term in concept.approved(language):
        translation = forms_of(term.text, language).sub(STAND_IN, translation)
    return translation


def plant(message: Message, language: str) -> Iterator[Planted]:
    source, translation = message.msgid, message.msgstr
    for concept in mentioned(source, shipped_glossary()):
        if concept.do_not_translate:
            for term in concept.terms_in("en"):
                if term.text in translation:
                    retyped = translation.replace(term.text, term.text.swapcase())
                    yield Planted(f"{concept.id} retyped", frozenset({"term-dnt"}), retyped)
            continue
        damaged = without_concept(translation, concept, language)
        if damaged == translation:
            continue
        says = f"glossary: {concept.id}"
        yield Planted(f"{concept.id} replaced", frozenset({"term-missing"}), damaged, says)
        for term in concept.terms_in(language):
            if term.forbidden:
                wrong = damaged.replace(STAND_IN, term.text)
                yield Planted(
                    f"{concept.id} as {term.text}", frozenset({"term-forbidden"}), wrong, says
                )
    if negating(source):
        yield Planted(
            "negation dropped", frozenset({"negation-mismatch"}), affirmed(translation, language)
        )
    for _, target in LINK.findall(source):
        wrong = target.replace("ketamine", "esketamine") if "ketamine" in target else target + "x"
        links = frozenset({"url-mismatch", "markup-mismatch"})
        yield Planted("link target changed", links, translation.replace(target, wrong))
        yield Planted("link lost", links, LINK.sub(r"\1", translation))
    if "**" in source:
        yield Planted(
            "emphasis lost", frozenset({"markup-mismatch"}), translation.replace("**", "")
        )


def negating(source: str) -> bool:
    return bool(ENGLISH_NEGATION.search(source)) and not NOT_NEGATING.search(source)


def affirmed(translation: str, language: str) -> str:
    """``translation`` with every negation of its language dropped."""
    for pattern, stand_in in DROP_NEGATION[language]:
        translation = re.sub(pattern, stand_in, translation, flags=re.I)
    return translation


def findings(header: Message, message: Message, language: str) -> list[tuple[str, str]]:
    context = CheckContext(language=get_language(language), terms=matcher())
    result = run_checks(Catalog((header, message)), context, "ketamine.po")
    return [(f.check, f.message) for f in result.findings]


@pytest.mark.parametrize("language", SHIPPED)
def test_every_planted_defect_is_caught(language):
    catalog = read_po_file(REPO / "locales" / language / "LC_MESSAGES" / "ketamine.po")
    header = catalog.messages[0]
    planted = 0
    misses = []
    for message in catalog.messages[1:]:
        assert findings(header, message, language) == []  # the real translation is clean
        for defect in plant(message, language):
            assert defect.translation != message.msgstr, (defect.defect, message.msgid)
            planted += 1
            found = findings(header, replace(message, msgstr=defect.translation), language)
            if not any(c in defect.checks and defect.says in m for c, m in found):
                misses.append(f"{defect.defect}: {defect.translation!r} -> {found}")
    assert misses == []
    assert planted >= 40  # enough defects to mean something: every entry has some


# --- the same, in the tables of real sentences the checks' own tests hold ---------------------

#: Where a number of a translation is no quantity: a link's target, a code span.
NOT_PROSE = re.compile(r"\]\([^)]*\)|`[^`]*`|https?://\S+")


def other_digit(digit: str) -> str:
    """An ASCII digit of another value than ``digit`` (which may be ``٥`` or ``５``)."""
    return "1" if unicodedata.digit(digit) != 1 else "2"


def planted_numbers(source: str, translation: str) -> Iterator[tuple[str, str]]:
    """Each number of ``translation`` that stands for one of ``source``, changed, then dropped."""
    in_source = {int(run) for run in re.findall(r"\d+", source)}
    hidden = [m.span() for m in NOT_PROSE.finditer(translation)]
    for match in re.finditer(r"\d+", translation):
        start, end = match.span()
        if any(a <= start < b for a, b in hidden) or int(match.group()) not in in_source:
            continue
        yield (
            "changed",
            translation[:start] + other_digit(translation[start]) + translation[start + 1 :],
        )
        yield "dropped", translation[:start] + translation[end:]


@pytest.mark.parametrize(
    ("source", "translation", "language"),
    numbers_tests.GOOD
    + numbers_tests.UNITS_GOOD
    + numbers_tests.SPELLED_GOOD
    + numbers_tests.FREQUENCY_GOOD
    + numbers_tests.CALENDAR_GOOD,
)
def test_every_number_of_a_correct_translation_changed_or_dropped_is_caught(
    source, translation, language
):
    for defect, damaged in planted_numbers(source, translation):
        assert fails(NumberMismatch, source, damaged, language), (defect, damaged)


@pytest.mark.parametrize(
    ("source", "translation", "language"),
    [
        (source, translation, language)
        for language, pairs in negation_tests.GOOD.items()
        for source, translation in pairs
        if negating(source)
    ],
)
def test_every_negation_of_a_correct_translation_dropped_is_caught(source, translation, language):
    damaged = affirmed(translation, language)
    assert damaged != translation
    assert fails(NegationMismatch, source, damaged, language), damaged


#: A unit symbol, and the one a slip of the keyboard gives instead (a dose 1000 times larger).
UNIT_SLIPS = {"mg": "g", "µg": "mg", "ml": "l", "kg": "g"}
UNIT_SYMBOL = re.compile(r"(?<=[\d\s])(mg|µg|ml|kg)(?![^\W\d_])")


@pytest.mark.parametrize(
    ("source", "translation", "language"),
    [
        row
        for row in numbers_tests.GOOD + numbers_tests.UNITS_GOOD
        if UNIT_SYMBOL.search(NOT_PROSE.sub("", row[1]))
    ],
)
def test_every_unit_symbol_of_a_correct_translation_changed_is_caught(
    source, translation, language
):
    hidden = [m.span() for m in NOT_PROSE.finditer(translation)]
    for match in UNIT_SYMBOL.finditer(translation):
        if any(a <= match.start() < b for a, b in hidden):
            continue
        slipped = UNIT_SLIPS[match.group()]
        damaged = translation[: match.start()] + slipped + translation[match.end() :]
        assert fails(NumberMismatch, source, damaged, language), damaged


@pytest.mark.parametrize(
    ("language", "source", "translation"),
    [(language, *pair) for language, pairs in terminology_tests.GOOD.items() for pair in pairs],
)
def test_every_term_of_a_correct_translation_replaced_is_caught(language, source, translation):
    planted = 0
    for concept in mentioned(source, terminology_tests.GLOSSARY):
        damaged = without_concept(translation, concept, language)
        if concept.do_not_translate or damaged == translation:
            continue
        planted += 1
        found = terminology_tests.say(TermMissing, source, damaged, language)
        assert any(f"glossary: {concept.id}" in m for m in found), (concept.id, damaged, found)
    assert planted or not mentioned(source, terminology_tests.GLOSSARY)


FLIPPED = str.maketrans("<>≤≥", "><≥≤")


@pytest.mark.parametrize(
    ("source", "translation", "language"),
    [
        row
        for row in numbers_tests.COMPARISONS_GOOD
        if re.search(r"[<>≤≥]", row[0]) and re.search(r"[<>≤≥]\s*\d", row[1])
    ],
)
def test_every_comparison_sign_of_a_correct_translation_flipped_is_caught(
    source, translation, language
):
    for match in re.finditer(r"[<>≤≥](?=\s*\d)", translation):
        flipped = match.group().translate(FLIPPED)
        damaged = translation[: match.start()] + flipped + translation[match.end() :]
        assert fails(NumberMismatch, source, damaged, language), damaged


#: Each way an edit loses a text's Markdown: what it finds, and what it leaves instead.
MARKUP_SLIPS = {
    "emphasis lost": (re.compile(r"\*+|(?<!\w)_+|_+(?!\w)"), ""),
    "code span lost": (re.compile(r"`"), ""),
    "HTML tag lost": (re.compile(r"</?[a-z]+>"), ""),
    "link target changed": (re.compile(r"(?<=\]\()([^)\s]+)"), r"\1-x"),
    "bare URL changed": (re.compile(r"(?<![(<])(https?://[^\s<>()]+[\w/])"), r"\1-x"),
    "autolink changed": (re.compile(r"(?<=<)(https?://[^\s>]+)"), r"\1-x"),
}


@pytest.mark.parametrize(
    ("source", "translation", "language"),
    markup_tests.MARKUP_GOOD
    + markup_tests.URL_GOOD
    + [(markup_tests.KETAMINE, t, language) for t, language in markup_tests.KETAMINE_TRANSLATED],
)
def test_every_markup_slip_in_a_correct_translation_is_caught(source, translation, language):
    checks = (MarkupMismatch, UrlMismatch)
    for slip, (pattern, stand_in) in MARKUP_SLIPS.items():
        damaged = pattern.sub(stand_in, translation)
        if damaged != translation:
            assert any(fails(check, source, damaged, language) for check in checks), (slip, damaged)
