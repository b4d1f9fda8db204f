"""Which unit a number carries: ``10 mg``, ``24 h``, ``5 días``, ``40分钟``.

The same number with another unit is another dose: 10 mg that became 10 g is
a thousand times as much, "every 8 hours" that became "every 8 days" stops
the treatment. The number check reads the unit right after each number of the
source and after the same number in the translation, and reports a
translation whose unit is a different one.

Units and their spellings are data (``toolkit/data/units.json``): SI symbols
every language writes, and per language the words a translation may use
instead ("heures", "Stunden", "ساعات", "小时"). The unit after the second
number of a range ("10 to 15 mg", "10 à 15 mg", "10至15毫克") belongs to the
first too. A translation that writes no unit the data knows is not reported:
a rephrasing is not an error, a different unit is.

A unit may be divided by others: ``0.5 mg/kg`` ("0,5 mg pro Kilogramm"), a
dose by body weight, is seventy times ``0.5 mg`` for an adult, and "5 mg a day"
is not "5 mg par semaine". Where a translation gives the time elsewhere
("täglich 5 mg", "每天5毫克"), that is the same dose; a weight or a volume
must be there, after the number or at least somewhere in the text ("按每千克
体重0.5毫克"). Chinese may write the rate before the number: "每小时10 mg" is
10 mg an hour, not the "10 mg a day" of its source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from toolkit.checks.lexicon import alternatives, data_file, for_language, phrase_key
from toolkit.locales import LANGUAGES_KEPT, SOURCE_LANGUAGE

#: What may stand between a number and its unit: nothing, a space of any width
#: (``\s`` is every Unicode space), or a hyphen ("a 24-hour period").
_GAP = r"[\s-]?"
#: Characters that glue two digit runs into one number (a plain space does not):
#: the number check reads numbers with them, and so does a range here.
NUMBER_JOINERS = ".,'\u00a0\u202f\u2009\u066b\u066c\uff0e"
#: The second number of a range.
_NUMBER = rf"\d+(?:[{re.escape(NUMBER_JOINERS)}]\d+)*"
#: Spaces and dashes, which may come before a unit or a range's second number.
_LEAD = re.compile(r"[\s\u2010-\u2015~\uff5e-]*")
#: What may stand between a rate and its number in Chinese: a verb ("每周服用10 mg").
_VERB_BEFORE_NUMBER = r"\s*[\u4e00-\u9fff]{0,4}"
_SCRIPTS_WITHOUT_SPACES = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
#: Where a spelling such as "mg" ends: before no letter of a script written with
#: spaces ("mgr" is no unit); Japanese and Korean put their particles right after
#: it ("10 mgを", "10 mg를").
_WORD_ENDS = rf"(?!(?!{_SCRIPTS_WITHOUT_SPACES.pattern})[^\W\d_])"


#: Units a dose may be given per without saying so right after the number: "täglich
#: 5 mg" and "每天5毫克" are 5 mg a day. A translation that moves such a unit is not
#: reported; one that names another is ("5 mg a day" that became "5 mg par semaine").
TIMES = frozenset({"s", "min", "h", "day", "week", "month", "year"})


#: Spellings of units a reader remembers: a text writes a handful of them, each often.
_UNITS_KEPT = 4096


@dataclass(frozen=True)
class Unit:
    """A unit as written after a number: which unit it is, and how it was written.

    ``id`` is one unit (``mg``), or a unit divided by one or two others
    (``mg/kg``, ``mg/kg/h``): a dose by body weight, or a rate.
    """

    id: str
    written: str

    @property
    def base(self) -> str:
        return self.id.split("/")[0]

    @property
    def per(self) -> frozenset[str]:
        return frozenset(self.id.split("/")[1:])


def _solid(spelling: str) -> bool:
    """Whether ``spelling`` is a sign or in a script written without spaces."""
    return not spelling[0].isalpha() or bool(_SCRIPTS_WITHOUT_SPACES.search(spelling))


def _spelled(spellings: Iterable[str], whole: bool = False) -> str:
    """A pattern of unit spellings: a word must end where the spelling does.

    Spellings in a script written without spaces, and signs, may be followed
    by anything; the others by no letter of a script with spaces ("mg" is not
    the start of "mgr"), nor, when ``whole``, start inside a word.
    """
    solid = [s for s in spellings if _solid(s)]
    spaced = [s for s in spellings if not _solid(s)]
    start = "(?<![^\\W\\d_])" if whole else ""
    branches = [f"{start}(?:{alternatives(spaced)}){_WORD_ENDS}"] if spaced else []
    branches += [f"(?:{alternatives(solid)})"] if solid else []
    return "|".join(branches) or "(?!)"


class UnitReader:
    """Reads the unit after a number in the text of one language."""

    def __init__(
        self,
        spellings: dict[str, str],
        connectors: list[str],
        per: list[str],
        rates: dict[str, str] | None = None,
    ) -> None:
        self.spellings = spellings
        unit = _spelled(spellings)
        joined = alternatives(connectors)
        # "/" and "每" divide with or without spaces around, a word ("per") between spaces.
        signs = [p for p in per if _solid(p)]
        words = [p for p in per if not _solid(p)]
        divided = "|".join(
            [*([rf"\s*(?:{alternatives(signs)})\s*"] if signs else []),
             *([rf"\s+(?:{alternatives(words)})\s+"] if words else [])]
        )  # fmt: skip
        per_unit = rf"(?:(?:{divided})(?:{unit}))" if divided else "(?!)"
        self.pattern = re.compile(
            rf"(?:\s*(?:{joined})\s*{_NUMBER})?{_GAP}(?P<unit>(?:{unit}){per_unit}{{0,2}})",
            re.IGNORECASE,
        )
        self._divided = re.compile(divided or "(?!)", re.IGNORECASE)
        # A rate before its number ("每小时10 mg"): a "per" sign other than "/", then a time.
        self._rates = {
            **{phrase_key(s): u for s, u in spellings.items() if u in TIMES},
            **{phrase_key(s): u for s, u in (rates or {}).items()},
        }
        leading = [p for p in signs if p != "/"]
        self._rate_before = re.compile(
            rf"(?:{alternatives(leading)})\s*(?P<time>{alternatives(self._rates)})"
            rf"{_VERB_BEFORE_NUMBER}\s*\Z"
            if leading
            else "(?!)",
            re.IGNORECASE,
        )
        self._mentions: dict[str, re.Pattern[str]] = {}
        self._read: dict[str, Unit] = {}  # units as written, read before
        # What the first character after spaces and dashes may be when a unit follows,
        # either case: most numbers are followed by something else, and a set lookup
        # says so faster than the pattern.
        firsts = {word[0] for word in [*spellings, *connectors]}
        self.firsts = frozenset({*firsts, *(c.upper() for c in firsts), *"0123456789"})
        # Every run of digits, each with the unit ``after`` would read at its end,
        # in one search over a text; the same set lookup comes first.
        first = "".join(sorted(re.escape(c) for c in self.firsts))
        self.numbered = re.compile(
            rf"\d+(?:(?={_LEAD.pattern}(?-i:[{first}]))(?={self.pattern.pattern})|)", re.IGNORECASE
        )

    def after(self, text: str, end: int) -> Unit | None:
        """The unit written right after the number that ends at ``text[end]``, if any."""
        start = _LEAD.match(text, end).end()  # type: ignore[union-attr]
        if text[start : start + 1] not in self.firsts:
            return None
        match = self.pattern.match(text, end)
        if match is None:
            return None
        return self._unit(match.group("unit"))

    def numbers_with_units(self, text: str) -> list[tuple[str, Unit | None]]:
        """Every run of digits of ``text``, in order, with the unit written after it."""
        return [
            (match.group(), None if written is None else self._unit(written))
            for match in self.numbered.finditer(text)
            for written in (match.group("unit"),)
        ]

    def _unit(self, written: str) -> Unit:
        """The unit of what the pattern read: ``mg``, or ``mg/kg`` for "mg par kilo"."""
        unit = self._read.get(written)
        if unit is None:
            ids = [self.spellings[phrase_key(part)] for part in self._divided.split(written)]
            unit = Unit("/".join(ids), written)
            if len(self._read) < _UNITS_KEPT:
                self._read[written] = unit
        return unit

    def rate_before(self, text: str, start: int) -> tuple[str, str] | None:
        """The time and the words of a rate written right before the number at ``text[start]``.

        Chinese puts a rate first: "每小时10 mg" is 10 mg an hour, and so is
        "每小时给予10 mg" (a verb of up to four characters between).
        """
        match = self._rate_before.search(text, max(0, start - 12), start)
        if match is None:
            return None
        return self._rates[phrase_key(match["time"])], match.group().strip()

    def mentions(self, text: str, unit: str) -> bool:
        """Whether ``text`` names ``unit`` anywhere ("pro Kilogramm Körpergewicht")."""
        pattern = self._mentions.get(unit)
        if pattern is None:
            spellings = [s for s, u in self.spellings.items() if u == unit]
            pattern = self._mentions[unit] = re.compile(
                _spelled(spellings, whole=True), re.IGNORECASE
            )
        return pattern.search(text) is not None

    def changed(self, expected: Unit, found: Unit, source: str, translation: str) -> bool:
        """Whether ``found`` in ``translation`` is another unit than ``expected`` in ``source``.

        The base unit must be the same (mg is not g). The units it is divided
        by must be the same where both texts give them: times (mg a day is not
        mg a week) and measures (mg/kg is not mg/ml). Where only one text
        divides, by a time, the other may say it elsewhere ("täglich 5 mg"); by
        a measure (mg/kg against mg), the other text must at least name that
        unit somewhere, or the dose changed. The reader is the translation's;
        the source is English.
        """
        if expected.id == found.id:
            return False
        if expected.base != found.base:
            return True
        times = expected.per & TIMES, found.per & TIMES
        measures = expected.per - TIMES, found.per - TIMES
        if (all(times) and times[0] != times[1]) or (all(measures) and measures[0] != measures[1]):
            return True
        english = unit_reader(SOURCE_LANGUAGE)
        return any(
            not self.mentions(translation, unit) for unit in measures[0] - measures[1]
        ) or any(not english.mentions(source, unit) for unit in measures[1] - measures[0])


@lru_cache(maxsize=LANGUAGES_KEPT)
def unit_reader(code: str) -> UnitReader:
    """The units of ``code`` (``pt_BR`` uses ``pt``'s words).

    SI symbols and the source language's words count in every language: a
    translation that left "8 days" in English still says days.
    """
    data = data_file("units")
    spellings: dict[str, str] = {}
    for unit, by_language in data["units"].items():
        words = [*by_language.get("*", []), *by_language.get(SOURCE_LANGUAGE, [])]
        words += for_language(by_language, code) or []
        spellings.update((phrase_key(word), unit) for word in words)
    ranges, per = data["ranges"], data["per"]
    connectors = ranges["*"] + (for_language(ranges, code) or [])
    rates = for_language(data["rates"], code) or {}
    return UnitReader(spellings, connectors, per["*"] + (for_language(per, code) or []), rates)
