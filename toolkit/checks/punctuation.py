"""Whitespace and final punctuation, as translate-toolkit's pofilter checks them.

Each is its own check so a project can turn one off: ``leading-whitespace``,
``trailing-whitespace`` and ``double-space`` catch typing slips that show in
the rendered page; ``end-punctuation`` notices a sentence that lost its full
stop or question mark. Final punctuation is compared by what it means, not by
the character: a Chinese ``。`` ends a sentence as ``.`` does, an Arabic
``؟`` asks as ``?`` does, and a French no-break space before ``?`` is French
typography, not a slip.
"""

# ruff: noqa: RUF001 -- non-ASCII punctuation and digits are the subject here

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import ClassVar

from toolkit.checks.base import TEXT_CACHE_SIZE, PairCheck
from toolkit.checks.english_numbers import MONTHS, WEEKDAYS
from toolkit.checks.markup import visible_text
from toolkit.checks.sentences import CLOSING_MARKS, ENGLISH_ABBREVIATIONS, split_sentences
from toolkit.findings import Severity

#: Whitespace a reader could see at the start of a text (newlines are newline-mismatch's).
_LEADING_SPACE = re.compile("[^\\S\n]*")
_DOUBLE_SPACE = re.compile("[ \u00a0\u202f]{2,}")
#: Invisible marks that may follow the final punctuation without hiding it (bidi
#: marks, zero-width space, BOM); closing quotes and brackets may too (CLOSING_MARKS).
_FORMAT_MARKS = "\u200e\u200f\u061c\u200b\ufeff"

#: Final punctuation a reader takes for the same thing, by what it does.
_ENDINGS: dict[str, tuple[str, ...]] = {
    "full stop": (".", "。", "．", "।", "۔"),
    "question mark": ("?", "？", "؟"),
    "exclamation mark": ("!", "！"),
    "colon": (":", "："),
    "semicolon": (";", "；", "؛"),
    "comma": (",", "，", "、", "،"),
    "ellipsis": ("…", "...", "……"),
}
#: Languages that open a question or exclamation with an inverted mark.
_INVERTED = {"question mark": "¿", "exclamation mark": "¡"}
_INVERTED_LANGUAGES = ("es", "gl", "ast")
#: Every spelling with its kind, longest first: "..." is an ellipsis, not a full stop.
_SPELLINGS = sorted(
    ((s, kind) for kind, spellings in _ENDINGS.items() for s in spellings), key=lambda c: -len(c[0])
)
_LAST_CHARACTERS = frozenset(s[-1] for s, _ in _SPELLINGS)
#: A text ending in an abbreviation ("8 p.m.", "Feb.", "etc."): its last full stop
#: is the abbreviation's, which a translation need not have ("20 h", "二月").
_ABBREVIATIONS = (*(name.capitalize() for name in (*MONTHS, *WEEKDAYS)), "Sept")
_ABBREVIATIONS += tuple(re.escape(a) for a in ENGLISH_ABBREVIATIONS)
_ABBREVIATION_END = re.compile(
    rf"(?:\b(?:[A-Za-z]\.){{2,}}|\b(?:{'|'.join(_ABBREVIATIONS)})\.)"
    rf"[\s{re.escape(CLOSING_MARKS)}]*$"
)


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def final_punctuation(text: str) -> tuple[str, str] | None:
    """The kind and characters of ``text``'s final punctuation (of what a reader sees)."""
    shown = visible_text(text).rstrip().rstrip(_FORMAT_MARKS + CLOSING_MARKS).rstrip()
    if not shown or shown[-1] not in _LAST_CHARACTERS:
        return None
    for spelling, kind in _SPELLINGS:
        if shown.endswith(spelling):
            return kind, spelling
    return None


def _missing_inverted_mark(translation: str, kind: str, language: str) -> str | None:
    opener = _INVERTED.get(kind)
    if opener is None or language.split("_")[0] not in _INVERTED_LANGUAGES:
        return None
    shown = visible_text(translation).rstrip()
    sentences = split_sentences(shown)
    return None if sentences and opener in sentences[-1] else opener


def end_punctuation_problems(source: str, translation: str, language: str) -> list[str]:
    """How the translation's final punctuation differs in meaning from the source's."""
    expected, actual = final_punctuation(source), final_punctuation(translation)
    if expected is None:
        # Both unpunctuated is a heading; only the translation punctuated is a slip.
        if actual is None:
            return []
        return [f"the translation ends with a {actual[0]} ({actual[1]}) but the source does not"]
    if expected[0] == "full stop" and actual is None and _ABBREVIATION_END.search(source):
        return []
    if actual is None or actual[0] != expected[0]:
        accepted = ", ".join(_ENDINGS[expected[0]][:3])
        return [f"the source ends with a {expected[0]} but the translation does not ({accepted})"]
    opener = _missing_inverted_mark(translation, expected[0], language)
    if opener:
        return [f"the final sentence ends with {actual[1]} but does not open with {opener}"]
    return []


class _EdgeWhitespace(PairCheck):
    edge: ClassVar[str]

    def whitespace(self, text: str) -> str:
        """The whitespace at this edge of ``text``, newlines excepted."""
        raise NotImplementedError

    def problems(self, source: str, translation: str, language: str) -> Iterable[str]:
        expected, actual = self.whitespace(source), self.whitespace(translation)
        if expected == actual:
            return
        if not actual:
            yield f"the source {self.edge} with whitespace, the translation does not"
        elif not expected:
            yield f"the translation {self.edge} with whitespace, the source does not"
        else:
            yield f"the translation {self.edge} with different whitespace than the source"


class LeadingWhitespace(_EdgeWhitespace):
    """The translation does not begin with the same whitespace as the source."""

    id = "leading-whitespace"
    severity = Severity.WARNING
    edge = "begins"

    def whitespace(self, text: str) -> str:
        return _LEADING_SPACE.match(text).group()  # type: ignore[union-attr]


class TrailingWhitespace(_EdgeWhitespace):
    """The translation does not end with the same whitespace as the source."""

    id = "trailing-whitespace"
    severity = Severity.WARNING
    edge = "ends"

    def whitespace(self, text: str) -> str:
        # ``str.rstrip`` strips what the regex ``\s`` matches, from the end (a
        # pattern anchored at the end is tried at every position of the text).
        tail = text[len(text.rstrip()) :]
        return tail[tail.rfind("\n") + 1 :]


def _doubled_spaces(text: str) -> int:
    """How many runs of two or more spaces ``text`` holds inside (not at its ends)."""
    if text.isascii() and "  " not in text:
        return 0  # most texts: nothing to search for
    return len(_DOUBLE_SPACE.findall(text.strip()))


class DoubleSpace(PairCheck):
    """The translation has doubled spaces inside the text that the source does not have."""

    id = "double-space"
    severity = Severity.WARNING

    def problems(self, source: str, translation: str, language: str) -> Iterable[str]:
        actual = _doubled_spaces(translation)
        expected = _doubled_spaces(source) if actual else 0
        if actual > expected:
            yield f"the translation has {actual - expected} doubled space(s) not in the source"


class EndPunctuation(PairCheck):
    """The translation does not end with punctuation of the same meaning as the source."""

    id = "end-punctuation"
    severity = Severity.INFO

    def problems(self, source: str, translation: str, language: str) -> Iterable[str]:
        return end_punctuation_problems(source, translation, language)
