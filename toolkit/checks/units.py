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
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from toolkit.checks.lexicon import alternatives, data_file, for_language, phrase_key
from toolkit.locales import SOURCE_LANGUAGE

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
_SCRIPTS_WITHOUT_SPACES = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True)
class Unit:
    """A unit as written after a number: which unit it is, and how it was written."""

    id: str
    written: str


class UnitReader:
    """Reads the unit after a number in the text of one language."""

    def __init__(self, spellings: dict[str, str], connectors: list[str]) -> None:
        self.spellings = spellings
        # Spellings in a script written without spaces may be followed by anything;
        # the others must end a word ("mg" is not the start of "mgr").
        solid = [s for s in spellings if _SCRIPTS_WITHOUT_SPACES.search(s)]
        spaced = [s for s in spellings if s not in solid]
        branches = [f"(?:{alternatives(spaced)})(?![^\\W\\d_])"] if spaced else []
        branches += [f"(?:{alternatives(solid)})"] if solid else []
        unit = "|".join(branches)
        joined = alternatives(connectors)
        self.pattern = re.compile(
            rf"(?:\s*(?:{joined})\s*{_NUMBER})?{_GAP}(?P<unit>{unit})", re.IGNORECASE
        )
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
        return Unit(self.spellings[phrase_key(written)], written)


@lru_cache(maxsize=64)
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
    ranges = data["ranges"]
    connectors = ranges["*"] + (for_language(ranges, code) or [])
    return UnitReader(spellings, connectors)
