"""Does the translation carry every number of the source, and no other?

A dose is a number: ``50 mg`` becoming ``500 mg``, or ``0.5`` becoming ``5``,
is the most dangerous defect a medical translation can have, so every number
is compared, not only format placeholders.

Numbers are compared in the spelling the target language reads them in. Each
source number (read as English: ``1,000.5``) may be written with the target's
decimal and group symbols, which Babel (CLDR) supplies (``0,5`` and ``1 000``
in French), with any space as a group separator (ISO 80000), with Arabic-Indic
or any other Unicode decimal digits (and the Arabic ``٫``/``٬`` separators),
or exactly as in the source, *unless the target reads that spelling as another
number*: ``1,500`` is refused in German, where it means one and a half.

Chinese and Japanese: ASCII (or full-width) digits are what their style guides
ask for in measurements, and are compared as above; ``1.5万`` is accepted for
15,000 (and ``1.5만`` in Korean). A number with an English scale word may be
written whole or in myriads: "1.2 million" as ``1 200 000`` or ``120万``. A
source integer written with CJK numerals (``二十四`` for 24) is
accepted too, but CJK numerals are never reported as extra numbers: ``一些``
("some") or ``之一`` ("one of") hold ``一`` without being a number.

A small number is often spelled out. A source's 2 to 12 may be written as a
word of the target language (``quatre semaines`` for "4 weeks"; the words are
data, ``toolkit/data/number_words.json``), and a 1 as a word for one that is
also an article, right before what it counts (``une heure``, ``eine
Tablette``). An English word one to twelve before a unit or a dose ("two
weeks", "one tablet") is a quantity like ``2 weeks``:
the translation must carry it, as digits or as its own word, where the check
reads that language's words (the data's languages, Chinese and Japanese
numerals), so "two weeks" that became "tres semanas" is reported, and so
is a count the translation adds ("zwei Tabletten" for "the tablets"). Half a
dose ("half a tablet", "½ tablet", "1/2 tablet", one half, not a 1 and a 2)
must be kept as a word for half ("un demi-comprimé", "半片"), ``½``, ``1/2``
or ``0,5``. So must a count of doses: "twice a day" or "once weekly" is read
as "2 times a day" or "1 times a week", which may be written "zweimal
täglich", "une fois par semaine" or "每日两次", not "une fois par jour";
without a rate after it ("twice as likely", "once treatment ends") it is no
dose. A proportion ("1 in 3") may be said as a fraction ("un tiers", "jeder
Dritte", "三分之一") or with its 1 an article ("une personne sur trois"). Other English
number words ("the two drugs", "one of") are not required, but explain a
digit the translation writes for them (``toolkit/checks/english_numbers.py``
reads the English words).

A number keeps its unit: ``10 mg`` that became ``10 g``, "every 8 hours"
that became "alle 8 Tage", ``0.5 mg/kg`` that became ``0,5 mg``, or "one
tablet" whose 1 is the translation's "1次" (once) while it says "2片", is
reported (``toolkit/checks/units.py`` reads the unit after a number, as each
language writes it).
A number also keeps its comparison: "eGFR < 30 ml/min" that became "> 30",
or "less than 30" that became "plus de 30", inverts who may take a drug. A
sign must stay the same sign; where either side puts the comparison in words
(``toolkit/checks/bounds.py``), only its direction is compared.

Numbers in URLs and code spans are left to the URL and markup checks.
"""

# ruff: noqa: RUF001, RUF002 -- non-ASCII punctuation and digits are the subject here

from __future__ import annotations

import re
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache, lru_cache, partial
from typing import TypeVar

from babel import Locale, UnknownLocaleError
from babel.numbers import get_decimal_symbol, get_group_symbol

from toolkit.charclass import class_body
from toolkit.checks.base import TEXT_CACHE_SIZE, PairCheck
from toolkit.checks.bounds import (
    ABOVE,
    BELOW,
    OPPOSITE,
    SIGN_DIRECTIONS,
    bound_after,
    bound_before,
    has_bound,
    negations,
)
from toolkit.checks.english_numbers import (
    half_doses,
    has_half_in_signs,
    has_spelled_quantity,
    said_in_words,
    spelled_quantities,
    spelled_unit,
)
from toolkit.checks.lexicon import alternatives, data_file, for_language, phrase_key
from toolkit.checks.markup import prose_text
from toolkit.checks.units import NUMBER_JOINERS, TIMES, Unit, unit_reader
from toolkit.findings import Severity
from toolkit.locales import LANGUAGES_KEPT, SOURCE_LANGUAGE

#: Spaces a number may be grouped with whatever the language (ISO 80000-1).
_SPACES = frozenset(" \u00a0\u202f\u2009")
_ARABIC_DECIMAL, _ARABIC_GROUP = "\u066b", "\u066c"
#: One character that glues two digit runs into one number.
_SEP = "[" + re.escape(NUMBER_JOINERS) + "]"
_BEFORE = rf"(?<!\d)(?<!\d{_SEP})"
#: ``1万`` is ten thousand, not one: a myriad after digits is part of the number.
_AFTER = rf"(?!\d)(?!{_SEP}\d)(?![万萬亿億만억])"
_SOURCE_RUN = re.compile(r"\d+(?:[.,]\d+)*")
#: Digits between Latin letters are part of a name: a translation that names "HbA1c" where
#: its source says "a level" adds no number (the source's own names are kept, to the digit).
_IN_NAME = re.compile(r"(?<=[A-Za-z])\d+(?=[A-Za-z])")


def _in_name(text: str, start: int, end: int) -> bool:
    """Whether the digits ``text[start:end]`` are part of a name ("HbA1c")."""
    match = _IN_NAME.match(text, start)
    return match is not None and match.end() == end


_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_PLAIN = re.compile(r"\d+(?:\.\d+)?")
#: A number of the translation, with the myriad it is counted in (12万).
_TARGET_RUN = re.compile(rf"\d+(?:{_SEP}\d+)*[万萬亿億만억]?")
_HAN_LOCANT = re.compile(r"-[\u4e00-\u9fff]")
_FULL_HOUR = re.compile(r"(?<=[\d\x00]):00(?!\d)")  # \x00: a number matched already
#: The "1" of a rate written before its number in Japanese and Korean: 1日3回 and
#: 1일 3회 are "three times a day", 1日10 mg and 1回10 mg "10 mg a day", "a dose".
_RATE_ONE = re.compile(r"(?:日|週|時間|回|일|주|시간|회)\s*[、,]?\s*[\d\x00]")
#: Chinese demonstratives: the "1" after one is "that one" ("补服最后漏服的那1片", take the
#: last missed pill), no quantity.
_DEMONSTRATIVES = frozenset("那这這该該此")

_CJK_DIGITS = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_CJK_SMALL = {"十": 10, "百": 100, "千": 1000}
_CJK_LARGE = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
#: The names of 10^4 and 10^8 a language writes after digits: 1.5万 is 15,000, 120만 1.2 million.
_MYRIADS = {"zh": ("万萬", "亿億"), "ja": ("万萬", "亿億"), "ko": ("만", "억")}
_CJK_RUN = re.compile("[" + "".join([*_CJK_DIGITS, *_CJK_SMALL, *_CJK_LARGE]) + "]+")
_CJK_LANGUAGES = ("zh", "ja")
#: A CJK numeral that may count a unit: not 一, as often "a" or part of a word (一些, 一起).
_CJK_QUANTITY = re.compile("[" + "".join(c for c in [*_CJK_DIGITS, *_CJK_SMALL] if c != "一") + "]")


@dataclass(frozen=True)
class SourceNumber:
    """One number of the source, as written there and as its digits.

    ``end`` is where it ends in the source's prose, for the unit after it (-1
    inside a list of numbers such as ``1,2``, where only the last has one).
    """

    text: str
    integer: str
    fraction: str = ""
    end: int = -1
    spelled: bool = False  # an English word ("two" in "two weeks")
    half: bool = False  # half a dose ("half a tablet", "1/2 tablet"), kept as a half
    scaled: str = ""  # the whole number said with a scale word ("1.2 million": 1200000)


@dataclass(frozen=True)
class NumberWords:
    """A language's words for small numbers, found whole and ignoring case.

    ``pattern`` finds a word as group ``word``, after any proclitic the
    language joins to it (Arabic ``وأسبوعين``, "and two weeks").

    ``units`` are those that are also units (Arabic duals: ``أسبوعين`` is
    "two weeks"): the unit check reads them as the unit of their number.

    ``counted_one`` finds a word for one that is also an article, with what it
    counts after it, a unit or a noun doses are counted in ("une heure", "un
    comprimé", "eine Tablette"): there it says 1, and nowhere else. ``doses``
    matches such a noun after a number word ("deux comprimés").
    """

    pattern: re.Pattern[str]
    values: dict[str, int]  # lower-case word -> its value
    units: frozenset[str] = frozenset()
    ones: frozenset[str] = frozenset()  # words for 1 that are no article (Arabic واحد)
    counted_one: re.Pattern[str] | None = None
    doses: re.Pattern[str] | None = None
    articles: re.Pattern[str] | None = None  # a word for one that is an article, anywhere


@dataclass(frozen=True)
class NumberFormat:
    """How a language may write a number: its decimal and group symbols, and words."""

    decimal: str
    group: str
    decimals: frozenset[str]
    groups: frozenset[str]
    cjk: bool = False
    words: NumberWords | None = None
    halves: re.Pattern[str] | None = None  # "demi", "medio", "halbe", "半": half of a dose
    myriads: tuple[str, str] = ("", "")  # the names of 10^4 and 10^8 after digits (1.5万)
    #: Words a large number is counted in after its digits ("100 mil", "100 ألف"), by value.
    scales: tuple[tuple[int, tuple[str, ...]], ...] = ()
    counters: re.Pattern[str] | None = None  # Chinese counters of doses: "片" of "两片"
    each_dose: re.Pattern[str] | None = None  # "每次", each time: says one dose
    doubles: re.Pattern[str] | None = None  # "double", "doppelte", "双倍": say two of a dose
    every_nth: re.Pattern[str] | None = None  # "jedem" of "jedem 30. Kind": the 1 of 1 in 30
    round_the_clock: re.Pattern[str] | None = None  # "rund um die Uhr": 24 hours a day


def _symbols(code: str) -> tuple[list[str], list[str]]:
    """The decimal and group symbols of ``code``, preferred first; empty if CLDR lacks it."""
    try:
        locale = Locale.parse(code.split("@")[0])
    except (UnknownLocaleError, ValueError, TypeError):
        return [], []
    decimals, groups = [], []
    for system in ("default", "latn"):
        decimals.append(get_decimal_symbol(locale, numbering_system=system))
        groups.append(get_group_symbol(locale, numbering_system=system))
    # CLDR wraps some symbols in bidi marks; the marks are not what a reader types.
    clean = ["".join(c for c in s if not _is_format(c)) for s in decimals + groups]
    return clean[:2], clean[2:]


@lru_cache(maxsize=LANGUAGES_KEPT)
def number_format(code: str) -> NumberFormat:
    """The spellings of numbers a translation into ``code`` may use.

    An unknown or empty code gets English conventions: the source spelling is
    always readable to whoever wrote it.
    """
    decimals, groups = _symbols(code) if code else ([], [])
    decimal = decimals[0] if decimals else "."
    group = groups[0] if groups else ","
    cjk = code.split("_")[0].lower() in _CJK_LANGUAGES
    accepted_decimals = {*decimals, decimal, ".", _ARABIC_DECIMAL} | ({"\uff0e"} if cjk else set())
    accepted_groups = {*groups, group, *_SPACES, _ARABIC_GROUP}
    if "," not in accepted_decimals:
        accepted_groups.add(",")
    return NumberFormat(
        decimal,
        group,
        frozenset(accepted_decimals),
        frozenset(accepted_groups),
        cjk,
        _number_words(code),
        _data_words("halves", code),
        _MYRIADS.get(code.split("_")[0].lower(), ("", "")),
        _scales(code),
        _data_words("counters", code),
        _data_words("each_dose", code),
        _data_words("doubles", code),
        _data_words("every_nth", code),
        _data_words("round_the_clock", code),
    )


def _word_start(code: str) -> str:
    """A regex for where a word of ``code``'s number data may start.

    After no letter, but in Chinese and Japanese, which write no spaces; in
    Arabic after the particles joined to it ("ابدأ بنصف قرص", start with half a
    tablet).
    """
    edge = "" if code.split("_")[0] in _CJK_LANGUAGES else r"(?<!\w)"
    proclitics = (for_language(data_file("number_words"), code) or {}).get("proclitics")
    return edge + (f"(?:{alternatives(proclitics)})?" if proclitics else "")


def _data_words(kind: str, code: str) -> re.Pattern[str] | None:
    """The words of ``code`` under ``kind`` in the number data ("demi", "半", "双倍"), if any."""
    words = for_language(data_file("number_words").get(kind, {}), code)
    if not words:
        return None
    return re.compile(rf"{_word_start(code)}(?:{alternatives(words)})", re.IGNORECASE)


def _scales(code: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """The words of ``code`` for a thousand, a million, a billion, as written after digits."""
    entry = for_language(data_file("number_words").get("scales", {}), code) or {}
    return tuple(
        (int(value), tuple(w for word in words for w in {word, word.capitalize()}))
        for value, words in entry.items()
    )


def _number_words(code: str) -> NumberWords | None:
    """The words for small numbers of ``code`` (``pt_BR`` uses ``pt``'s), if the data has them."""
    entry = for_language(data_file("number_words"), code)
    if not entry:
        return None
    proclitics = entry.get("proclitics", [])
    # A singular says one, as a dual says two; with its word for one after it ("ساعة
    # واحدة", one hour), the two words are one number.
    one, singulars = entry.get("one", []), entry.get("singulars", [])
    paired = [f"{noun} {word}" for noun in singulars for word in one]
    ones = frozenset(phrase_key(word) for word in [*one, *singulars, *paired])
    values = {
        phrase_key(word): int(value)
        for value, words in entry.items()
        if value.isdigit()
        for word in words
    } | dict.fromkeys(ones, 1)
    joined = ""
    if proclitics:
        # A proclitic joins a word of three letters or more: "لست" is "you are not".
        long_words = alternatives(word for word in values if len(word) > 2)
        joined = rf"(?:(?:{alternatives(proclitics)})(?=(?:{long_words})(?!\w)))?"
    pattern = re.compile(rf"(?<!\w){joined}(?P<word>{alternatives(values)})(?!\w)", re.IGNORECASE)
    spellings = unit_reader(code).spellings
    units = frozenset(values).intersection(spellings)
    counted_one = doses = articles = None
    if entry.get("counted"):
        doses = re.compile(rf"\s+(?:{alternatives(entry['counted'])})(?!\w)", re.IGNORECASE)
    if entry.get("articles"):
        # Not "fois", "vez", "Mal": "une fois" says "once", which stands for no 1 in digits.
        units_counted = [word for word, unit in spellings.items() if unit != "times"]
        counted = alternatives([*units_counted, *entry.get("counted", [])])
        counted_one = re.compile(
            rf"(?<!\w)(?P<word>{alternatives(entry['articles'])})\s+(?:{counted})(?!\w)",
            re.IGNORECASE,
        )
        articles = re.compile(rf"(?<!\w)(?:{alternatives(entry['articles'])})(?!\w)", re.IGNORECASE)
    return NumberWords(pattern, values, units, ones, counted_one, doses, articles)


#: Digits written lowered, as in chemical formulas (``H₂O``, ``CO₂``): the digits they show.
_LOWERED = "₀₁₂₃₄₅₆₇₈₉"
_UNICODE_DIGIT = re.compile(rf"[^\x00-\x7f\D]|[{_LOWERED}]")
#: The power of an area or a volume written on the line (``mg/m2``, ``5 cm3``): part
#: of the unit, as in ``m²``, which a translation may also write as words (平方米).
_UNIT_POWER = re.compile(r"(?<![^\W\d_])([cdkmµμ]?m)([23])(?![^\W_])")
_RAISED = {"2": "²", "3": "³"}


def _ascii_digits(match: re.Match[str]) -> str:
    return str(unicodedata.digit(match.group(0)))


def _raised(match: re.Match[str]) -> str:
    return match.group(1) + _RAISED[match.group(2)]


def number_text(text: str) -> str:
    """``text`` as numbers are read: every digit (``٥``, ``５``, ``५``, ``₂``) in ASCII.

    A unit's power is no number: ``m2`` is read as ``m²``. Each character
    stays one character, so positions in the result are positions in ``text``.
    """
    if "m2" in text or "m3" in text:
        text = _UNIT_POWER.sub(_raised, text)
    return text if text.isascii() else _UNICODE_DIGIT.sub(_ascii_digits, text)


#: A scale word after a number: "1.2 million" may be written 120万 or 1 200 000.
_SCALE = re.compile(r"\s+(thousand|million|billion)\b", re.IGNORECASE)
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9}


def _scaled(integer: str, fraction: str, prose: str, end: int) -> str:
    """The whole number ``integer.fraction`` says with the scale word after it, if any."""
    scale = _SCALE.match(prose, end)
    if scale is None:
        return ""
    value = Decimal(f"{integer}.{fraction or 0}") * _SCALES[scale.group(1).lower()]
    return str(int(value)) if value == value.to_integral_value() else ""


def _split_run(run: str, end: int, prose: str) -> list[SourceNumber]:
    if _GROUPED.fullmatch(run) or _PLAIN.fullmatch(run):
        integer, _, fraction = run.partition(".")
        integer = integer.replace(",", "")
        scaled = _scaled(integer, fraction, prose, end)
        return [SourceNumber(run, integer, fraction, end, scaled=scaled)]
    # A list (1,2) or a chemical locant (3,4-methylenedioxy...) or a version (3.5.2).
    parts = []
    for piece in run.split(","):
        if _PLAIN.fullmatch(piece):
            integer, _, fraction = piece.partition(".")
            parts.append(SourceNumber(piece, integer, fraction))
        else:
            parts.extend(SourceNumber(p, p) for p in piece.split("."))
    parts[-1] = replace(parts[-1], end=end)
    return parts


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def source_numbers(text: str) -> list[tuple[str, list[SourceNumber]]]:
    """The numbers of English ``text``, grouped by the run of digits they were written in.

    A quantity spelled out ("two weeks") is a run of its own, in text order.
    """
    prose = number_text(prose_text(text))
    halves = half_doses(prose)
    # The 1 and the 2 of "1/2 tablet" are one half, not two numbers.
    in_signs = [(half.start, half.end) for half in halves if not half.in_words]
    runs = [
        (m.group(0), _split_run(m.group(0), m.end(), prose))
        for m in _SOURCE_RUN.finditer(prose)
        if not any(start <= m.start() < end for start, end in in_signs)
    ]
    spelled = [
        (word, [SourceNumber(word, str(value), end=end, spelled=True)])
        for word, value, end in spelled_quantities(prose)
    ]
    spelled += [
        (
            half.written,
            [
                SourceNumber(
                    half.written,
                    "0",
                    "5",
                    end=half.end,
                    spelled=half.in_words,
                    half=True,
                )
            ],
        )
        for half in halves
    ]
    if not spelled:
        return runs
    return sorted(runs + spelled, key=lambda run: run[1][-1].end)


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def source_units(text: str) -> dict[int, Unit]:
    """The unit after each number of English ``text``, by where the number ends in its prose."""
    prose = number_text(prose_text(text))
    reader = unit_reader(SOURCE_LANGUAGE)
    units = {}
    for _, numbers in source_numbers(text):
        last = numbers[-1]
        end = last.end  # the run's end: a list of numbers has one unit at most
        unit = spelled_unit(prose, last.text, end) if last.spelled else reader.after(prose, end)
        if unit is not None:
            units[end] = unit
    return units


def _grouped(integer: str, symbol: str) -> str:
    head = len(integer) % 3 or 3
    chunks = [integer[:head]] + [integer[i : i + 3] for i in range(head, len(integer), 3)]
    return symbol.join(chunks)


def _myriads(integer: str, names: tuple[str, str]) -> set[str]:
    """``integer`` counted in myriads (10,000) and hundred millions: 120万, 3亿, 120만."""
    spellings = set()
    value = int(integer)
    for unit, unit_names in zip((10**4, 10**8), names, strict=True):
        if value >= unit:
            scaled = format(Decimal(value) / unit, "f")
            if "." in scaled:
                scaled = scaled.rstrip("0").rstrip(".")
            spellings.update(scaled + name for name in unit_names)
    return spellings


def _in_scale_words(integer: str, fmt: NumberFormat) -> set[str]:
    """``integer`` counted in the words of ``fmt``'s language: 100 mil, 1,2 millones, 100 ألف."""
    spellings = set()
    value = int(integer)
    for scale, words in fmt.scales:
        if value < scale or value % (scale // 100):
            continue  # two decimals at most: 1,25 millones; not 2,019 mil for a year
        whole, part = divmod(value, scale)
        fraction = f"{part:0{len(str(scale)) - 1}d}".rstrip("0") if part else ""
        numbers = {f"{whole}{d}{fraction}" for d in fmt.decimals} if fraction else {str(whole)}
        spellings.update(f"{n}{space}{w}" for n in numbers for w in words for space in " \u00a0")
    return spellings


def _integer_spellings(integer: str, fmt: NumberFormat) -> set[str]:
    """The digits before a number's decimal sign as written, without leading zeros, grouped."""
    integers = {integer, integer.lstrip("0") or "0"}
    if len(integer) > 3:
        integers.update(_grouped(integer, g) for g in fmt.groups)
    return integers


def _whole_spellings(integer: str, fmt: NumberFormat) -> set[str]:
    """A whole number as its integer digits are written, and in myriads and scale words."""
    integers = _integer_spellings(integer, fmt)
    if len(integer) > 3:
        integers.update(_in_scale_words(integer, fmt))
    if fmt.myriads[0]:
        integers.update(_myriads(integer, fmt.myriads))
    return integers


def spellings(number: SourceNumber, fmt: NumberFormat) -> set[str]:
    """Every way a translation may write ``number`` that reads as the same value.

    A number with a scale word ("1.2 million") may also be written whole.
    """
    if number.half:
        return {"½", "1/2", *(f"0{d}5" for d in fmt.decimals)}
    scaled = _whole_spellings(number.scaled, fmt) if number.scaled else set()
    if not number.fraction:
        integers = _whole_spellings(number.integer, fmt)
        if len(number.integer) == 1 and not number.spelled:
            integers.add("0" + number.integer)  # 06:00, 05.03.2024
        return integers | scaled
    integers = _integer_spellings(number.integer, fmt)
    decimals = set(fmt.decimals)
    if len(number.fraction) == 3 and "." in fmt.groups:
        decimals.discard(".")  # 1.250 would read as one thousand two hundred and fifty
    return {i + d + number.fraction for i in integers for d in decimals} | scaled


def localized(number: SourceNumber, fmt: NumberFormat) -> str:
    """How ``fmt``'s language would usually write ``number`` (for hints in messages)."""
    integer = _grouped(number.integer, fmt.group) if len(number.integer) > 3 else number.integer
    return integer + (fmt.decimal + number.fraction if number.fraction else "")


def cjk_numeral_value(text: str) -> int:
    """The value of a run of CJK numerals: ``二十四`` is 24, ``一百零五`` 105, ``二〇二四`` 2024.

    A myriad alone is one myriad: ``万`` is 10,000 ("万分之一", one in 10,000).
    """
    if len(text) > 1 and all(c in _CJK_DIGITS for c in text):
        return int("".join(str(_CJK_DIGITS[c]) for c in text))
    total = section = digit = 0
    for char in text:
        if char in _CJK_DIGITS:
            digit = _CJK_DIGITS[char]
        elif char in _CJK_SMALL:
            section += (digit or 1) * _CJK_SMALL[char]
            digit = 0
        else:
            total += ((section + digit) or 1) * _CJK_LARGE[char]
            section = digit = 0
    return total + section + digit


_ANY_DIGIT = re.compile(r"\d")
#: A placeholder for a count ("%(num)d years"): a plural form may spell the number it is
#: for (Arabic's form for two says "سنتين", two years).
_COUNT_PLACEHOLDER = re.compile(r"%(?:\(\w+\))?[dis]|\{\w*\}")
#: Where digits are glued into a longer number, or into a CJK myriad (``1万``).
_GLUED = re.compile(rf"\d{_SEP}\d|\d[万萬亿億만억]")
_STARTS_NUMBER = re.compile(_BEFORE)
_ENDS_NUMBER = re.compile(_AFTER)


def _find_whole_number(text: str, spelling: str) -> tuple[int, int] | None:
    """Where ``spelling`` stands as a whole number, not part of a longer one (1 in 1.5 or 10).

    A plain substring search checked at both ends: one compiled pattern per
    spelling would be recompiled for every distinct number of a large catalog.
    """
    start = text.find(spelling)
    while start != -1:
        end = start + len(spelling)
        if _STARTS_NUMBER.match(text, start) and _ENDS_NUMBER.match(text, end):
            return start, end
        start = text.find(spelling, start + 1)
    return None


@cache
def _format_character() -> re.Pattern[str]:
    """Any invisible format character (Unicode category Cf: bidi marks, joiners, BOM).

    Made on first use, from the running Python's Unicode data (a few hundredths
    of a second), and searched for in C rather than character by character.
    """
    return re.compile(f"[{class_body(_is_format)}]")


def _is_format(char: str) -> bool:
    return unicodedata.category(char) == "Cf"


def _has_format_characters(text: str) -> bool:
    return not text.isascii() and _format_character().search(text) is not None


def _plain(text: str) -> bool:
    """Whether every number of prose ``text`` is a plain run of digits, seen as written.

    Digits glued by a separator or to a CJK myriad make longer numbers, and
    invisible format characters are removed by the full comparison: both need it.
    """
    return not _GLUED.search(text) and not _has_format_characters(text)


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def _source_numbers_with_units(prose: str) -> list[tuple[str, Unit | None]]:
    return unit_reader(SOURCE_LANGUAGE).numbers_with_units(prose)


def _plain_number_problems(source: str, translation: str, language: str) -> list[str] | None:
    """The problems of two prose texts that hold the same plain integers, else None.

    Then every source number is in the translation digit for digit (``٥`` is
    ``5``) and nothing is left over, whatever the language, so most entries
    skip the full comparison; only units are left to compare.
    """
    if (
        not (_plain(source) and _plain(translation))
        or _ANY_COMPARISON.search(source)
        or has_bound(source, SOURCE_LANGUAGE)
        or _repeats(translation, language)
    ):
        return None  # glued digits, format characters, a comparison, or "de 8 em 8"
    source, translation = number_text(source), number_text(translation)
    reader = unit_reader(language)
    expected = _source_numbers_with_units(source)
    found = reader.numbers_with_units(translation)
    if len(expected) != len(found) or sorted(n for n, _ in expected) != sorted(n for n, _ in found):
        return None
    if expected == found or not any(unit for _, unit in expected):
        return []  # the same units after the same numbers, as most entries have
    rates = any(u and u.per & TIMES for _, u in expected)
    if rates and any(u and not u.per & TIMES for _, u in found):
        return None  # the translation may give a rate before its number (每小时10 mg)
    units_of: dict[str, list[Unit | None]] = {}
    for number, unit in found:
        units_of.setdefault(number, []).append(unit)
    same = [(number, unit, units_of[number]) for number, unit in expected]
    changed = partial(reader.changed, source=source, translation=translation)
    return [_unit_change(n, e, f) for n, e, f in _changed_units(same, changed)]


#: What names a source number in a message: its digits, or the number itself.
_Label = TypeVar("_Label")


def _changed_units(
    expected: Iterable[tuple[_Label, Unit | None, list[Unit | None]]],
    changed: Callable[[Unit, Unit], bool],
) -> list[tuple[_Label, Unit, Unit]]:
    """Each source number whose unit the translation changed, with both units.

    ``expected`` gives, in source order, each number's label and unit, and the
    list of units the translation writes after that same number, shared by
    every occurrence of it. A translation may reorder equal numbers ("5 mg in
    5 ml" as "in 5 ml … 5 mg"), so each unit first takes a written unit it
    agrees with; the rest are paired in order. A number written without a
    unit is not compared.
    """
    unmatched = []
    for label, unit, written in expected:
        if unit is None:
            continue
        agreeing = next((i for i, w in enumerate(written) if w and not changed(unit, w)), None)
        if agreeing is None:
            unmatched.append((label, unit, written))
        else:
            written.pop(agreeing)
    problems = []
    for label, unit, written in unmatched:
        other = next((i for i, w in enumerate(written) if w is not None), None)
        if other is not None:
            problems.append((label, unit, written.pop(other)))
    return problems


def _unit_change(number: str, expected: Unit, found: Unit, spelled: bool = False) -> str:
    """The message for a changed unit; a spelled number ("two") is the source's word only."""
    written = found.written if spelled else f"{number} {found.written}"
    return (
        f"the source's {number} {expected.written} has another unit in the translation: {written}"
    )


class _Translation:
    """A translation's prose with digits normalized, marking what has been matched."""

    def __init__(self, text: str) -> None:
        prose = prose_text(text)
        self.original = prose
        self.index: Sequence[int]
        if _has_format_characters(prose):
            kept = [(i, c) for i, c in enumerate(prose) if not _is_format(c)]
            self.index = [i for i, _ in kept]
            self.text = number_text("".join(c for _, c in kept))
        else:
            self.index = range(len(prose))
            self.text = number_text(prose)
        self.unmarked = self.text
        self.starts: dict[int, int] = {}  # where each matched number starts, by its end

    def take(self, spelling: str) -> int | None:
        """Find ``spelling`` as a whole number not yet matched, mark it, say where it ends."""
        found = _find_whole_number(self.text, spelling)
        if found is None:
            return None
        return self._mark(*found)

    def take_cjk(self, value: int) -> int | None:
        for match in _CJK_RUN.finditer(self.text):
            if cjk_numeral_value(match.group(0)) == value:
                return self._mark(*match.span())
        return None

    def take_word(
        self,
        value: int,
        words: NumberWords,
        agrees: Callable[[int], bool] | None = None,
        once: bool = False,
    ) -> int | None:
        """Find ``value`` written as a word, not yet matched; mark it, say where its unit is.

        That is after the word, or at its start for a word that is a unit too.
        Of several such words, the first whose unit ``agrees`` (given where it
        is) is taken: "une fois par jour … une fois par semaine" holds two. A 1
        is only a word that is no article ("واحد"), with ``once`` one that says
        how often ("une fois"), or an article before what it counts ("une
        heure", "un comprimé").
        """
        found = []
        for match in words.pattern.finditer(self.text):
            word = phrase_key(match.group("word"))
            if words.values[word] == value and (value != 1 or once or word in words.ones):
                unit_at = match.start("word") if word in words.units else match.end()
                found.append((match.span(), unit_at))
        if value == 1 and words.counted_one is not None:
            found += [
                (match.span("word"), match.end("word"))
                for match in words.counted_one.finditer(self.text)
            ]
            found.sort()
        if not found:
            return None
        chosen = next((f for f in found if agrees is None or agrees(f[1])), found[0])
        self._mark(*chosen[0])
        return chosen[1]

    def take_words(
        self, words: re.Pattern[str] | None, start: int = 0, end: int | None = None
    ) -> int | None:
        """Find what ``words`` match, not yet matched ("demi", "un tiers"); mark it, say its end.

        Between ``start`` and ``end``, the match nearest ``end``.
        """
        if words is None:
            return None
        if end is None:
            found = words.search(self.text, max(0, start))
        else:
            nearest = deque(words.finditer(self.text, max(0, start), end), maxlen=1)
            found = nearest[0] if nearest else None
        return None if found is None else self._mark(*found.span())

    def take_repeats(self, language: str) -> None:
        """Mark the second writing of each number said twice for "every" ("de 8 em 8 horas")."""
        for match in _repeats(self.text, language):
            self._mark(*match.span("again"))

    def spelled_leftovers(self, words: NumberWords, language: str) -> Iterator[tuple[str, int]]:
        """The quantities this translation spells out that nothing matched, with their values.

        A number word counts with a unit after it, or when it is one (an Arabic
        dual), or with what doses are counted in after it: "deux heures",
        "ساعتين", "deux comprimés". Without one it may be "both" ("les
        deux"); a word for 1 is also an article ("une fois par jour" for "daily").
        """
        reader = unit_reader(language)
        for match in words.pattern.finditer(self.text):
            word = phrase_key(match.group("word"))
            value = words.values[word]
            if value == 1:
                continue
            written = match.group("word")
            unit = reader.after(
                self.text, match.start("word") if word in words.units else match.end()
            )
            if unit is not None:
                yield (written if word in words.units else f"{written} {unit.written}"), value
            elif words.doses is not None and (dose := words.doses.match(self.text, match.end())):
                yield f"{written}{dose.group()}", value

    def cjk_leftovers(self, language: str) -> Iterator[tuple[str, int]]:
        """``spelled_leftovers`` in Chinese or Japanese numerals: "两小时", "三天", "两片".

        Not an ordinal ("第二天", the next day), nor two numerals side by side,
        which say about how many ("两三天", two or three days), nor one that
        begins the name of a unit ("千克", kilogram), nor a myriad alone, as
        often part of a word ("万一", in case; "千万", by all means).
        """
        reader = unit_reader(language)
        counters = number_format(language).counters
        for match in _CJK_RUN.finditer(self.text):
            run, (start, end) = match.group(), match.span()
            if (
                not _CJK_QUANTITY.search(run)
                or self.text[start - 1 : start] == "第"
                or (len(run) == 2 and run[1] in _CJK_DIGITS)
                or reader.after(self.text, start) is not None
            ):
                continue
            value = cjk_numeral_value(run)
            if value < 2:
                continue
            unit = reader.after(self.text, end)
            dose = counters.match(self.text, end) if counters is not None else None
            if unit is not None:
                yield f"{run}{unit.written}", value
            elif dose is not None:
                yield f"{run}{dose.group()}", value

    def _mark(self, start: int, end: int) -> int:
        """Mark ``text[start:end]`` matched (no digit is left there); return ``end``."""
        self.text = self.text[:start] + "\x00" * (end - start) + self.text[end:]
        self.starts[end] = start
        return end

    def leftovers(self) -> Iterator[str]:
        """The numbers nothing matched, as the translation writes them.

        A locant before a Chinese chemical name is part of the name, not a
        quantity: "serotonin" is ``5-羟色胺`` (5-hydroxytryptamine); nor are the
        minutes of a full hour (``20:00`` for "8 p.m."), nor the "1" of a
        Japanese or Korean rate before its number (``1日3回``, "three times a day"),
        nor a Chinese "that one" (``那1片``), nor digits inside a name (``HbA1c``).
        """
        for match in _TARGET_RUN.finditer(self.text):
            start, end = match.span()
            if _HAN_LOCANT.match(self.text, end) or _FULL_HOUR.match(self.text, start - 1):
                continue
            if _in_name(self.text, start, end):
                continue
            if match.group() == "1" and (
                _RATE_ONE.match(self.text, end) or self.text[start - 1 : start] in _DEMONSTRATIVES
            ):
                continue
            yield self.original[self.index[start] : self.index[end - 1] + 1]


#: A source number and where the translation's matching number ends.
_Pair = tuple[SourceNumber, int]


def _match(
    runs: list[tuple[str, list[SourceNumber]]],
    target: _Translation,
    fmt: NumberFormat,
    agrees: Callable[[SourceNumber, int], bool] | None = None,
) -> tuple[list[SourceNumber], list[_Pair]]:
    """Mark in ``target`` every source number it holds: the ones it lacks, and the pairs.

    ``agrees(number, at)`` says whether the unit at ``at`` in the translation
    is the source number's: of several words for one value, that one is taken.
    """
    missing: list[SourceNumber] = []
    pairs: list[_Pair] = []
    singles: list[SourceNumber] = []
    for run, numbers in runs:
        # A list or locant (2,3-) copied as written reads the same in any language.
        if len(numbers) > 1 and (end := target.take(run)) is not None:
            pairs.append((numbers[-1], end))
            continue
        singles.extend(numbers)
    # Each number's own writing first ("00" takes the translation's 00, not its 0), then
    # the longest spellings.
    options = {
        number: sorted(spellings(number, fmt), key=lambda s, n=number: (s != n.text, -len(s)))
        for number in singles
    }
    # Numbers with the longest spellings first, so that 1 000 is one number before 1 is.
    for number in sorted(singles, key=lambda n: -max(map(len, options[n]))):
        end = next(filter(None, map(target.take, options[number])), None)
        if end is None:
            missing.append(number)
        else:
            pairs.append((number, end))
    # Whole numbers the translation may have written in words: CJK numerals, or
    # a small number as a word of the language.
    lacking, missing = missing, []
    for number in lacking:
        end = None
        if number.half:
            end = target.take_words(fmt.halves)
        elif not number.fraction:
            value = int(number.integer)
            if fmt.cjk:
                end = target.take_cjk(value)
                if end is None and value == 1 and number.spelled:
                    end = target.take_words(fmt.each_dose)
            elif fmt.words is not None and value in fmt.words.values.values():
                unit_agrees = None if agrees is None else partial(agrees, number)
                end = target.take_word(value, fmt.words, unit_agrees, once=number.spelled)
            if end is None and value == 2:
                end = target.take_words(fmt.doubles)  # "two doses": "une dose double"
        if end is None:
            missing.append(number)
        else:
            pairs.append((number, end))
    return missing, pairs


@lru_cache(maxsize=LANGUAGES_KEPT)
def _every(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """How ``language`` says "every" with a number said twice ("de 8 em 8"), from the data.

    Each number may have its unit, the same both times ("de 10 mg en 10 mg",
    in steps of 10 mg). Each pattern comes with what stands between the two
    numbers (" em "), as written: most texts lack it, which a search in C
    tells first.
    """
    phrases = for_language(data_file("units").get("every", {}), language) or []
    first = r"(?P<first>\d+)(?P<unit>[ \u00a0]?[^\W\d]+)?"
    again = r"(?P<again>(?P=first))(?(unit)(?P=unit))"
    return tuple(
        (
            phrase.split("N")[1],
            re.compile(
                rf"(?<!\w){re.escape(phrase).replace('N', first, 1).replace('N', again, 1)}(?!\d)",
                re.IGNORECASE,
            ),
        )
        for phrase in phrases
    )


def _repeats(text: str, language: str) -> list[re.Match[str]]:
    """Each number ``text`` says twice for "every" ("de 8 em 8"), as ``_every`` finds it."""
    return [
        match
        for joint, pattern in _every(language)
        if joint in text
        for match in pattern.finditer(text)
    ]


def _unit_agreement(
    units: dict[int, Unit], prose: str, target: _Translation, language: str
) -> Callable[[SourceNumber, int], bool]:
    """Whether the unit at a place of the translation is a source number's (or either is none).

    ``units`` are the source's by where each number ends, ``prose`` its prose.
    """
    reader = unit_reader(language)

    def agrees(number: SourceNumber, at: int) -> bool:
        expected = units.get(number.end)
        found = reader.after(target.unmarked, at)
        return (
            expected is None
            or found is None
            or not reader.changed(expected, found, prose, target.unmarked)
        )

    return agrees


def _unit_problems(
    pairs: Iterable[_Pair], units: dict[int, Unit], source: str, target: _Translation, language: str
) -> list[str]:
    """Where a source number's unit became another unit in the translation (10 mg -> 10 g).

    A rate the translation writes before the number ("每小时10 mg") counts as its unit's.
    """
    reader = unit_reader(language)
    translation = target.unmarked
    written_after: dict[tuple[str, str], list[Unit | None]] = {}
    expected = []
    for number, end in sorted(pairs, key=lambda pair: pair[0].end):
        found = reader.after(translation, end)
        if found is not None and not found.per & TIMES:
            start = target.starts.get(end)
            rate = None if start is None else reader.rate_before(translation, start)
            if rate is not None:
                found = Unit(f"{found.id}/{rate[0]}", f"{found.written} ({rate[1]})")
        value = (number.integer, number.fraction)
        written_after.setdefault(value, []).append(found)
        expected.append((number, units.get(number.end), written_after[value]))
    changed = partial(reader.changed, source=source, translation=translation)
    return [
        _unit_change(number.text, unit, found, number.spelled)
        for number, unit, found in _changed_units(expected, changed)
    ]


def _value(text: str) -> int | None:
    digits = number_text(text)
    return int(digits) if digits.isdigit() else None


def number_problems(source: str, translation: str, language: str) -> list[str]:
    """Numbers of ``source`` missing from ``translation`` and numbers it adds, as sentences.

    ``language`` is the translation's gettext code (``de``, ``pt_BR``); the
    source is English. Reused by the fuzzy-risk check on an entry's old
    translation against its new source.
    """
    fmt = number_format(language or "")
    reads_words = fmt.words is not None or fmt.cjk
    if (reads_words and has_spelled_quantity(source)) or has_half_in_signs(source):
        return compare_numbers(source, translation, language)
    if (fmt.words is not None and fmt.words.pattern.search(translation)) or (
        fmt.cjk and _CJK_QUANTITY.search(translation)
    ):
        return compare_numbers(source, translation, language)  # "deux heures" for "an hour"
    if not _ANY_DIGIT.search(source) and not _ANY_DIGIT.search(translation):
        return []  # most strings: nothing to compare (CJK numerals are never "extra")
    plain = _plain_number_problems(prose_text(source), prose_text(translation), language)
    return compare_numbers(source, translation, language) if plain is None else plain


def compare_numbers(source: str, translation: str, language: str) -> list[str]:
    """``number_problems`` without its shortcuts: every number matched in the target's spellings."""
    fmt = number_format(language or "")
    target = _Translation(translation)
    runs = source_numbers(source)
    if fmt.words is None and not fmt.cjk:
        # No words of this language to find a spelled quantity in: digits only.
        runs = [run for run in runs if not run[1][0].spelled]
    prose, units = prose_text(source), source_units(source)
    numbered = number_text(prose)  # where the source numbers' positions are
    target.take_repeats(language)
    _take_scales_of_proportions(numbered, target, fmt)
    in_fractions = _take_fractions(numbered, target, language)
    missing, pairs = _match(runs, target, fmt, _unit_agreement(units, prose, target, language))
    _take_before_or_after(pairs, numbered, target, fmt)
    missing = _on_the_24_hour_clock(missing, numbered, target, pairs)
    missing = [number for number in missing if number.end not in in_fractions]
    missing = _in_proportions(missing, pairs, numbered, target, fmt)
    missing = _round_the_clock(missing, numbered, target, fmt)
    problems = []
    for number in sorted(missing, key=lambda n: n.end):
        hint = localized(number, fmt)
        if number.spelled or number.half:
            value = number.integer + (f".{number.fraction}" if number.fraction else "")
            problems.append(
                f'the source\'s "{number.text}" ({value}) is missing in the translation'
            )
            continue
        written = f" (in {language} usually {hint})" if hint != number.text and language else ""
        problems.append(f"the source's number {number.text} is missing in the translation{written}")
    # Numbers nothing matched, in digits and spelled before a unit ("deux heures"), are
    # reported unless the source says them in words ("two", "every other day").
    extra = list(target.leftovers())
    extra_words: list[tuple[str, int]] = []
    if not _COUNT_PLACEHOLDER.search(source):  # a plural form may spell the count it is for
        if fmt.words is not None:
            extra_words = list(target.spelled_leftovers(fmt.words, language))
        elif fmt.cjk:
            extra_words = list(target.cjk_leftovers(language))
    if extra or extra_words:
        said = said_in_words(prose)
        problems += [
            f"the translation has the number {text}, which is not in the source"
            for text in extra
            if _value(text) not in said
        ]
        in_source = said | {int(n.integer) for _, run in runs for n in run if n.integer.isdigit()}
        problems += [
            f'the translation has "{text}" ({value}), which is not in the source'
            for text, value in extra_words
            if value not in in_source
        ]
    problems += _unit_problems(pairs, units, prose, target, language)
    return problems + _comparison_problems(pairs, numbered, target, language)


#: An hour after noon on the 12-hour clock: "8 p.m.", "8pm".
_AFTERNOON = re.compile(r"(?::\d\d)?\s?(?:p\.\s?m\.|pm\b|PM\b|P\.M\.)")


def _on_the_24_hour_clock(
    missing: list[SourceNumber], source: str, target: _Translation, pairs: list[_Pair]
) -> list[SourceNumber]:
    """``missing`` but for the hours after noon the translation gives as 13 to 24 o'clock.

    "8 p.m." is "20 Uhr" or "20:00" in most languages; "12 p.m." is noon.
    Each hour found is added to ``pairs``, so its unit and sign are compared.
    """
    kept = []
    for number in missing:
        value = int(number.integer) if number.integer.isdigit() and not number.fraction else 0
        end = None
        if 1 <= value <= 12 and number.end >= 0 and _AFTERNOON.match(source, number.end):
            end = target.take(str(value + 12 if value < 12 else 12))
        if end is None:
            kept.append(number)
        else:
            pairs.append((number, end))
    return kept


#: A time that bounds on both sides: "2 hours before or after you take this medicine".
_BEFORE_OR_AFTER = re.compile(r"\s*(?:[a-z]+\s+)?before\s+or\s+after\b")


def _take_before_or_after(
    pairs: list[_Pair], source: str, target: _Translation, fmt: NumberFormat
) -> None:
    """Mark the second writing of a time said "before or after" ("2 horas antes ni 2 después").

    A translation may say the time on each side: it is still the source's one number.
    """
    for number, _ in pairs:
        if number.end >= 0 and _BEFORE_OR_AFTER.match(source, number.end):
            next(filter(None, map(target.take, spellings(number, fmt))), None)


#: What follows a 24 that says all day long: "24 hours a day", "24/7".
_ALL_DAY = re.compile(r"\s*(?:hours?|h)\s+a\s+day\b|/7\b")


def _round_the_clock(
    missing: list[SourceNumber], source: str, target: _Translation, fmt: NumberFormat
) -> list[SourceNumber]:
    """``missing`` but for a "24 hours a day" the translation says "rund um die Uhr"."""
    words = fmt.round_the_clock
    return [
        number
        for number in missing
        if not (
            words is not None
            and number.text == "24"
            and number.end >= 0
            and _ALL_DAY.match(source, number.end)
            and target.take_words(words) is not None
        )
    ]


#: A proportion: "1 in 3", "One in 2", "1 out of 10", "1 in 1,000", "2 in 3".
_PROPORTION = re.compile(
    r"(?<![\d.,])(\d+|(?i:one))\s+(?:in|out\s+of)\s+"
    r"(\d{1,3}(?:,\d{3})+|\d+)(?![.,]?\d)"  # its N, grouped or not
)


def _proportion_key(match: re.Match[str]) -> str:
    """How the fractions data names a proportion: "3" for "1 in 3", "2/3" for "2 in 3"."""
    many, of = match.group(1), match.group(2)
    return of if many.lower() in ("1", "one") else f"{many}/{of}"


@lru_cache(maxsize=LANGUAGES_KEPT)
def _fractions(language: str) -> dict[str, re.Pattern[str]]:
    """How ``language`` says M in N ("un tiers", "jeder Dritte", "ثلثي"), by "N" or "M/N"."""
    entry = for_language(data_file("number_words").get("fractions", {}), language) or {}
    start = _word_start(language)
    return {
        n: re.compile(rf"{start}(?:{alternatives(words)})(?!\w)", re.IGNORECASE)
        for n, words in entry.items()
    }


#: How far before a proportion's N its article may be: "une personne de plus de 75 ans sur
#: cinq".
_ARTICLE_BEFORE_N = 50
#: A proportion of a scale word: "1 in a million", "1 in a thousand".
_WORD_PROPORTION = re.compile(
    r"(?<![\d.,])(1)\s+(?:in|out\s+of)\s+(?:a|one)\s+(thousand|million|billion)\b", re.IGNORECASE
)
_SCALE_VALUES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


def _take_scales_of_proportions(source: str, target: _Translation, fmt: NumberFormat) -> None:
    """Mark the translation's writing of a "1 in a million"'s million ("100万", "1 milhão").

    The source says it in words, which are no number of its own: written in
    digits it is the source's, not a number added.
    """
    for match in _WORD_PROPORTION.finditer(source):
        value = str(_SCALE_VALUES[match.group(2).lower()])
        for spelling in sorted(_whole_spellings(value, fmt), key=len, reverse=True):
            if target.take(spelling) is not None:
                break


def _one_before_scale(target: _Translation, fmt: NumberFormat, scale: str) -> bool:
    """Whether an article or a word for one comes just before the translation's ``scale`` word.

    "moins d'un cas pour un million", "einmal pro Million": the 1 of "1 in a million".
    """
    words = [w for value, spelled in fmt.scales if str(value) == scale for w in spelled]
    if not words or fmt.words is None:
        return False
    # "un million" is a million: its article is the scale's, not the proportion's 1.
    articles = fmt.words.articles
    lead = rf"(?:(?:{articles.pattern})\s+)?" if articles is not None else ""
    found = re.search(rf"{lead}(?<!\w)(?:{alternatives(words)})(?!\w)", target.text, re.IGNORECASE)
    if found is None:
        return False
    start = max(0, found.start() - _ARTICLE_BEFORE_N)
    if target.take_words(fmt.words.articles, start, found.start()) is not None:
        return True
    ones = [
        match
        for match in fmt.words.pattern.finditer(target.text, start, found.start())
        if fmt.words.values.get(phrase_key(match.group("word"))) == 1
    ]
    return bool(ones) and target.take_words(fmt.words.pattern, *ones[-1].span()) is not None


def _take_fractions(source: str, target: _Translation, language: str) -> set[int]:
    """Where the source's "M in N" numbers end, for each the translation says as a fraction.

    "1 in 3" may be "un tiers", "ein Drittel" or "jeder Dritte", "2 in 3"
    "deux tiers" or "ثلثي": both numbers in one, taken before the numbers
    are, so that the "deux" of "deux tiers" is not read as a 2 of its own.
    """
    ends: set[int] = set()
    if " in " not in source and " out of " not in source:
        return ends
    fractions = _fractions(language)
    for match in _PROPORTION.finditer(source) if fractions else ():
        if target.take_words(fractions.get(_proportion_key(match))) is not None:
            ends.update((match.end(1), match.end(2)))
    return ends


def _in_proportions(
    missing: list[SourceNumber],
    pairs: list[_Pair],
    source: str,
    target: _Translation,
    fmt: NumberFormat,
) -> list[SourceNumber]:
    """``missing`` but for the numbers of a proportion the translation says in words.

    A "1 in 3" may keep its 3 and say its 1 with an article just before it:
    "une personne sur trois", "uno de cada tres", "eine von 1.000" (not "zwei
    von 1.000 Frauen entwickeln ein Blutgerinnsel", whose article counts
    nothing), or with "every" before it as an ordinal: "jedem 30. Kind". Said
    as a fraction, it was taken before any number (``_take_fractions``).
    """
    if not missing or fmt.words is None or (" in " not in source and " out of " not in source):
        return missing
    by_end = {number.end: number for number in missing}
    found_at = {number.end: target.starts.get(end) for number, end in pairs}
    said: set[SourceNumber] = set()
    for match in _PROPORTION.finditer(source):
        one, other = by_end.get(match.end(1)), by_end.get(match.end(2))
        if one is None or match.group(1) != "1":
            continue
        # Its 3 found, its 1 is an article before it (a fraction was taken before).
        start = found_at.get(match.end(2)) if other is None else None
        if start is not None and any(
            target.take_words(words, start - _ARTICLE_BEFORE_N, start) is not None
            for words in (fmt.words.articles, fmt.every_nth)
        ):
            said.add(one)
    for match in _WORD_PROPORTION.finditer(source):
        one = by_end.get(match.end(1))
        value = str(_SCALE_VALUES[match.group(2).lower()])
        if one is not None and _one_before_scale(target, fmt, value):
            said.add(one)
    return [number for number in missing if number not in said]


#: A sign comparing the number after it ("eGFR < 30 ml/min"), as the last thing before it.
_COMPARISON = re.compile(r"(<=|>=|[<>≤≥⩽⩾≦≧])[ \u00a0\u202f\u2009]*\Z")
_ANY_COMPARISON = re.compile("[<>≤≥⩽⩾≦≧]")
_SAME_COMPARISON = {"<=": "≤", ">=": "≥", "⩽": "≤", "⩾": "≥", "≦": "≤", "≧": "≥"}


def _comparison(text: str, start: int) -> str | None:
    """The comparison sign right before the number at ``text[start]``, in one spelling."""
    match = _COMPARISON.search(text[max(0, start - 4) : start])
    return None if match is None else _SAME_COMPARISON.get(match.group(1), match.group(1))


@dataclass(frozen=True)
class _Comparison:
    """How a number is bounded: as written with the number, which way, and by which sign."""

    written: str
    direction: str
    sign: str | None
    turned: bool = False  # a bound negated right before it, read the other way


def _bound(text: str, start: int, end: int, language: str) -> _Comparison | None:
    """The comparison bounding the number ``text[start:end]``, if any.

    A sign or words before the number ("< 30", "less than 30"), else words
    after it and its unit ("65 and older").
    """
    number = text[start:end]
    sign = _comparison(text, start)
    if sign is not None:
        return _Comparison(f"{sign} {number}", SIGN_DIRECTIONS[sign], sign)
    words = bound_before(text, start, language)
    if words is not None:
        return _Comparison(words.words + number, words.direction, None, words.turned)
    words = bound_after(text, start, end, language)
    return None if words is None else _Comparison(words.words, words.direction, None, words.turned)


def _negated_elsewhere(
    expected: _Comparison, found: _Comparison, source: str, translation: str, language: str
) -> bool:
    """Whether one side's bound was turned by a negation and the other side negates elsewhere.

    "should not take more than 10 mg" may be "يجب ألا يتناول المرضى … أكثر من 10",
    its negation far from the bound, read plain; "prenez plus de 10 mg" has none.
    Nor has "Utiliser plus de 5 jours sans avis médical" for "Do not use for
    more than 5 days without consulting a doctor": its one negation is the
    source's other one. The other side must negate more than the first does
    besides its bound.
    """
    if expected.turned == found.turned:
        return False
    said, written = negations(source, SOURCE_LANGUAGE), negations(translation, language)
    if expected.turned:
        return written > said - 1
    return said > written - 1


def _comparison_problems(
    pairs: Iterable[_Pair], source: str, target: _Translation, language: str
) -> list[str]:
    """Where a number's comparison became another ("< 30" written "> 30", "at least 2" "最多2").

    Or a time its opposite: "30 minutes before meals" written "30 minutes après".

    Signs are compared as written ("≤" is not "<"); where either side puts
    the comparison in words, only its direction is (``toolkit/checks/bounds.py``),
    since "less than" may fairly be written "≤" or "au plus". Arabic text is
    stored in logical order, so a "<" that a right-to-left display shows
    mirrored is still "<" here.
    """
    if not _ANY_COMPARISON.search(source) and not has_bound(source, SOURCE_LANGUAGE):
        return []  # most sources: nothing bounds their numbers
    problems = []
    for number, end in sorted(pairs, key=lambda pair: pair[0].end):
        start = target.starts.get(end)
        if number.end < 0 or start is None or number.half:
            continue  # a half names its dose too ("half a tablet"): no bound is read for it
        expected = _bound(source, number.end - len(number.text), number.end, SOURCE_LANGUAGE)
        found = _bound(target.unmarked, start, end, language) if expected else None
        if expected is None or found is None:
            continue
        if expected.sign and found.sign:
            if expected.sign != found.sign:
                problems.append(
                    f"the source's {expected.sign} {number.text} has another comparison sign "
                    f"in the translation: {found.sign}"
                )
        elif OPPOSITE[expected.direction] == found.direction and not _negated_elsewhere(
            expected, found, source, target.unmarked, language
        ):
            turned = (
                "a bound turned the other way"
                if expected.direction in (BELOW, ABOVE)
                else "before and after swapped"
            )
            problems.append(
                f'the source\'s "{expected.written}" became "{found.written}" in the '
                f"translation, {turned}"
            )
    return problems


class NumberMismatch(PairCheck):
    """A number is missing, changed or added, or has another unit or comparison (sign or words)."""

    id = "number-mismatch"
    severity = Severity.ERROR

    def problems(self, source: str, translation: str, language: str) -> Iterable[str]:
        return number_problems(source, translation, language)
