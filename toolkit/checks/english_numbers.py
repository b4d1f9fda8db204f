"""Numbers the English source says in words: "two weeks", "twice a day", "March", "noon".

The number check compares digits, and these are numbers too. A quantity
spelled out before a unit ("two hours", "three times a day", "twice daily")
must reach the translation, in digits or in the target's words. Other words
only explain a digit the translation writes: "March" may be ``3月``,
"Monday" ``Thứ 2``, "noon" ``12:00``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from toolkit.checks.base import TEXT_CACHE_SIZE
from toolkit.checks.lexicon import phrase_key
from toolkit.checks.markup import prose_text
from toolkit.checks.units import TIMES, Unit, unit_reader
from toolkit.locales import SOURCE_LANGUAGE

#: English number words, and the values they say.
_ENGLISH_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000, "million": 10**6, "dozen": 12, "once": 1,
    "twice": 2, "thrice": 3, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "single": 1,
}  # fmt: skip
_ENGLISH_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")
#: Months and weekdays as calendars abbreviate them ("Feb.", "Mon").
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: What a month or a weekday may be written as in digits: its number, and for a weekday
#: the next one too (Vietnamese and Portuguese count Monday as the second day).
_CALENDAR_VALUES = {name: {number} for number, name in enumerate(MONTHS, start=1)}
_CALENDAR_VALUES |= {name: {number, number % 7 + 1} for number, name in enumerate(WEEKDAYS, 1)}
#: Hours said in words: 12:00, 0時, 24 h.
_HOURS = {"noon": {12}, "midnight": {0, 12, 24}}
_FULL_NAMES = (
    *("january", "february", "march", "april", "june", "july", "august", "september"),
    *("october", "november", "december", "monday", "tuesday", "wednesday", "thursday"),
    *("friday", "saturday", "sunday"),
)
#: Abbreviations that are also English words, read only capitalised ("Mar", not "mar").
_WORDS_TOO = frozenset({"mar", "may", "sat", "sun"})
_ABBREVIATED = (*MONTHS, *WEEKDAYS, "sept")
#: Month and weekday names in full, and abbreviated as calendars write them ("Feb.").
_CALENDAR = re.compile(
    rf"(?i:\b(?:{'|'.join((*_FULL_NAMES, *_HOURS))})\b)"
    rf"|\b(?:{'|'.join(name.capitalize() for name in _ABBREVIATED)})\.?(?!\w)"
    rf"|(?i:\b(?:{'|'.join(n for n in _ABBREVIATED if n not in _WORDS_TOO)})\b\.?)"
)
#: The English words read as quantities when a unit or what doses are counted in follows
#: them ("two weeks", "one tablet"; "one" alone is as often a pronoun), up to 12, the
#: largest the data spells per language.
_SPELLED_WORDS = (
    *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "once", "twice", "thrice"),
)
#: Not "any one" ("at any one time" is "à la fois", at once).
_SPELLED = re.compile(
    r"(?<![\w-])(?<!\bany )(" + "|".join(_SPELLED_WORDS) + ")(?= )", re.IGNORECASE
)
#: What a dose is counted in: "two tablets" is a quantity, though a tablet is no unit to
#: compare ("deux comprimés", "zwei Kapseln" and "قرصين" alike keep it). A word may stand
#: between ("two more doses", "three oral tablets"); "two drop-down lists" count no drops.
_DOSE_COUNT = re.compile(
    r" +(?:[a-z]+ +)?(?:tablet|capsule|pill|caplet|drop|puff|spray|sachet|lozenge|dose"
    r"|injection|infusion|ampoule|ampule|vial|inhalation)s?(?![\w-])"
    r"| +(?:[a-z]+ +)?(?:patch(?:es)?|suppositor(?:y|ies))(?![\w-])",
    re.IGNORECASE,
)
#: Half of a dose: "half a tablet", "½ tablet", "1/2 tablet" (not "half an hour", which is
#: 30 minutes). Group ``digits`` holds a half written in signs.
_HALF = re.compile(
    r"(?<![\w/-])(?:half\s+an?|(?P<digits>½|(?<![\d.,])1/2(?![\d/])))(?=\s)", re.IGNORECASE
)
#: English words that say how often, read as "N times": "twice a day" is "2 times a day".
_FREQUENCY = frozenset({"once", "twice", "thrice"})
#: Adverbs of a rate, read as the words they stand for: "twice daily" is "twice a day".
_RATE_ADVERB = re.compile(r" +(hourly|daily|nightly|weekly|monthly|yearly)\b", re.IGNORECASE)
_RATE = {"hourly": "an hour", "daily": "a day", "nightly": "a day", "weekly": "a week"}
_RATE |= {"monthly": "a month", "yearly": "a year"}


#: Phrases that say a number with no number word: "every other day" is every 2 days,
#: "neither dose" "aucune des deux doses", "half an hour" 30 minutes, "a fortnight" 2
#: weeks or 14 days, "daily" once a day, "doubles the risk" "deux fois plus", "halve
#: the dose" "divisez par deux", "between doses" "两次服药间隔" (between two doses), "a
#: third of patients" "1 patient sur 3", "every 4 hours" "每4小时1次" (once every 4 hours).
_PHRASE_VALUES = {
    "every other": {2}, "both": {2}, "either": {2}, "neither": {2}, "couple": {2},
    "fortnight": {2, 14},
    "half an hour": {30}, "half-hour": {30}, "quarter of an hour": {15}, "quarter-hour": {15},
    "half a day": {12}, "daily": {1}, "nightly": {1}, "hourly": {1}, "weekly": {1},
    "monthly": {1}, "yearly": {1}, "annually": {1},
    "double": {2}, "doubles": {2}, "doubled": {2}, "doubling": {2}, "twofold": {2},
    "triple": {3}, "triples": {3}, "tripled": {3}, "tripling": {3}, "threefold": {3},
    "half": {2}, "halve": {2}, "halves": {2}, "halved": {2}, "between": {2},
    "a third": {1, 3}, "one third": {1, 3}, "one-third": {1, 3}, "two thirds": {2, 3},
    "two-thirds": {2, 3}, "a quarter": {1, 4}, "one quarter": {1, 4}, "three quarters": {3, 4},
    "a fifth": {1, 5}, "one fifth": {1, 5}, "a tenth": {1, 10}, "one tenth": {1, 10},
    "every": {1},
}  # fmt: skip
_PHRASES = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(phrase).replace(r"\ ", r"\s+")
        for phrase in sorted(_PHRASE_VALUES, key=len, reverse=True)
    )
    + r")\b",
    re.IGNORECASE,
)
#: What food and drink are counted in: "a portion is 80 g" may be "1份为80克".
_COUNTED = re.compile(
    r" +(?:portion|serving|glass|cup|mug|slice|piece|handful|can|bottle)s?(?![\w-])",
    re.IGNORECASE,
)
#: An article before a unit says one of it: "wait an hour" may be "attendez 1 heure". Not
#: after a unit, where it says "per" ("10 mg a day").
_ONE_OF = re.compile(r"(?:(?P<before>[^\W\d_]+)\s+)?\b(?:a|an)\b", re.IGNORECASE)


def spelled_quantities(prose: str) -> list[tuple[str, int, int]]:
    """``(word, value, end)`` for each English number word of ``prose`` that counts something.

    That is a number word with a unit after it ("two hours") or what doses are
    counted in ("two tablets"). How often ("once", "twice") counts where a rate
    follows ("twice a day", "once weekly"): "twice as likely" or "once
    treatment ends" is no dose.
    """
    if not _SPELLED.search(prose):
        return []
    return [
        (word, _ENGLISH_WORDS[word.lower()], match.end())
        for match in _SPELLED.finditer(prose)
        for word in (match.group(),)
        if spelled_unit(prose, word, match.end()) is not None
        or (word.lower() not in _FREQUENCY and _DOSE_COUNT.match(prose, match.end()))
    ]


def spelled_unit(prose: str, word: str, end: int) -> Unit | None:
    """The unit of the English number ``word`` ending at ``prose[end]``, if it has one.

    A frequency has the unit "times" divided by the time after it, and is only
    a quantity with that rate.
    """
    reader = unit_reader(SOURCE_LANGUAGE)
    if word.lower() not in _FREQUENCY:
        return reader.after(prose, end)
    rest = prose[end:]
    adverb = _RATE_ADVERB.match(rest)
    if adverb is not None:
        rest = " " + _RATE[adverb.group(1).lower()] + rest[adverb.end() :]
    unit = reader.after("times" + rest, 0)
    if unit is None or not unit.per & TIMES:
        return None
    return Unit(unit.id, unit.written.removeprefix("times").lstrip())  # "twice" "a day"


class HalfDose(NamedTuple):
    """Half of a dose in the source: ``prose[start:end]`` says the half, a dose follows."""

    written: str  # with the dose: "half a tablet", "1/2 tablet"
    start: int
    end: int
    in_words: bool  # "half a", not "½" or "1/2"


def half_doses(prose: str) -> list[HalfDose]:
    """Each half of a dose in ``prose``: "half a tablet", "½ tablet", "1/2 tablet"."""
    if "half" not in prose.lower() and "½" not in prose and "1/2" not in prose:
        return []
    return [
        HalfDose(match.group() + dose.group(), match.start(), match.end(), not match["digits"])
        for match in _HALF.finditer(prose)
        if (dose := _DOSE_COUNT.match(prose, match.end()))
    ]


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def has_spelled_quantity(text: str) -> bool:
    """Whether English ``text`` spells out a quantity ("two weeks", "half a tablet")."""
    lowered = text.lower()  # a search for each word in C first: most texts hold none
    if not any(word in lowered for word in (*_SPELLED_WORDS, "half")):
        return False
    prose = prose_text(text)
    return bool(spelled_quantities(prose) or any(half.in_words for half in half_doses(prose)))


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def has_half_in_signs(text: str) -> bool:
    """Whether English ``text`` gives half a dose in signs ("½ tablet", "1/2 tablet")."""
    if "½" not in text and "1/2" not in text:
        return False
    return any(not half.in_words for half in half_doses(prose_text(text)))


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def said_in_words(text: str) -> frozenset[int]:
    """The values English ``text`` says in words, which a translation may write in digits.

    Number words ("two"), and the names of months, weekdays and hours:
    "March" is ``3月`` in Japanese, "Monday" ``Thứ 2`` in Vietnamese, "noon"
    ``12:00`` in Norwegian. Phrases too: "every other day" may be "tous les 2
    jours", "half an hour" "30 Minuten", and "wait an hour", "a portion" or
    "daily" hold a 1 ("1 heure", "1份", "1 vez al día").
    """
    values = set()
    for match in _PHRASES.finditer(text):
        values |= _PHRASE_VALUES[" ".join(match.group().lower().split())]
    if 1 not in values:
        reader = unit_reader(SOURCE_LANGUAGE)
        if any(
            (reader.after(text, match.end()) is not None or _COUNTED.match(text, match.end()))
            and phrase_key(match["before"] or "") not in reader.spellings
            and (match["before"] or "").lower() != "half"  # "half a tablet" is no 1
            for match in _ONE_OF.finditer(text)
        ):
            values.add(1)
    for word in _ENGLISH_WORD.findall(text.lower()):
        tens, _, units = word.partition("-")
        if tens in _ENGLISH_WORDS and (not units or units in _ENGLISH_WORDS):
            values.add(_ENGLISH_WORDS[tens] + (_ENGLISH_WORDS[units] if units else 0))
    for match in _CALENDAR.finditer(text):
        name = match.group().lower().rstrip(".")
        values.update(_HOURS.get(name) or _CALENDAR_VALUES[name[:3]])
    if text.strip().lower() in ("may", "may."):
        values.add(5)  # "may" alone is the month (a calendar's abbreviation), not the verb
    return frozenset(values)
