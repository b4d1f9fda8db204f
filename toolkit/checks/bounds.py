"""Words that bound a number: "less than 30", "at least 2", "höchstens 4", "65 and older".

A bound turned the other way inverts who may take a drug or how much, as a
comparison sign turned the other way does: "eGFR less than 30 ml/min" that
became "DFGe plus de 30 ml/min", "at least 2 hours apart" that became
"最多间隔2小时". The number-mismatch check asks, for each source number it
found in the translation, which way each side bounds it.

Two directions are told apart, below (less than, at most, up to) and above
(more than, at least); "less than" rendered "at most" is a translator's choice.
After a time, two more: earlier and later, "30 minutes before meals" that
became "30 minutes après les repas" changes what the food does to the dose;
Chinese and Arabic say when before the number too ("饭前30分钟", "قبل الوجبات بـ30
دقيقة"). Words before the number are read first; where there are none, words
after it and its unit ("65 years and older", "65岁以上", "10 mg o menos"). A bound
negated right before it is read the other way: "do not take more than 4" and
"nicht über 30 °C" bound from below, as "at most 4" and "unter 30 °C" do; so is
one right before a verb of keeping that the bound follows ("No conserve el
pulverizador a temperatura superior a 30 °C", do not store the spray above 30
°C). A negation further away in its clause may bear on another word ("not
recommended for children under 12"): the bound is not read. Where one side's
bound was turned by its negation and the other side's was not, they are
compared only if that other side negates no more than the first does
elsewhere (its negation may be far from the bound, as Arabic puts it before a
long subject; but "sans avis médical" for "without asking a doctor" is the
source's other negation, not the bound's). A phrase that says the
negated bound whole ("no more than", "pas plus de", "不超过") is data like any
other (``toolkit/data/bounds.json``). A language without phrases in the data is
compared by its comparison signs only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from toolkit.checks.base import TEXT_CACHE_SIZE
from toolkit.checks.lexicon import alternatives, data_file, for_language, phrase_key
from toolkit.checks.negation_markers import (
    NegationMarkers,
    find_negation,
    negation_markers,
    negation_text,
)
from toolkit.locales import LANGUAGES_KEPT

BELOW = "below"
ABOVE = "above"
#: When, for a time after its number: "30 minutes before meals", "2 hours after the dose".
EARLIER = "earlier"
LATER = "later"
#: Directions that say the opposite of each other; others are not compared.
OPPOSITE = {BELOW: ABOVE, ABOVE: BELOW, EARLIER: LATER, LATER: EARLIER}
#: Which way each comparison sign bounds the number after it.
SIGN_DIRECTIONS = {"<": BELOW, "≤": BELOW, ">": ABOVE, "≥": ABOVE}

#: Characters before a number in which its bound is looked for: the longest phrase
#: in the data ("keinesfalls mehr als") and the words of its clause before it.
_WINDOW = 100
#: Where a negation before a bound bears on it: its clause ("do not give the patient
#: more than"), up to eight words or, without spaces, twelve characters.
_CLAUSE = re.compile("[^.,;:!?\u060c\u061b\u3001\u3002\uff01\uff0c\uff1a\uff1b\uff1f]*\\Z")
_LAST_WORDS = re.compile(r"(?:\S+\s+){0,8}\S*\Z")  # \S*: a proclitic ("لأكثر من")
_LAST_CHARS = 12
#: Where a negation bears on the bound itself, which it turns: right before it ("do not
#: exceed", "do not store above", "nicht über", "不应超过"), three words or four characters.
_NEAR_WORDS = re.compile(r"(?:\S+\s+){0,3}\S*\Z")
_NEAR_CHARS = 4
#: As the data writes phrases: one apostrophe, and no Arabic tatweel ("بـ30" is "ب30").
_WRITTEN = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u0640": None})
_SPACE = r"\s"
_ONE_SPACE = re.compile(rf"{_SPACE}+")
#: Any space but a single one (the automaton's phrases have a single space): in ASCII
#: text, one of these; in any other, what the pattern finds.
_ASCII_OTHER_SPACES = ("  ", "\n", "\t", "\r", "\x0b", "\x0c")
_OTHER_SPACE = re.compile(r"[^\S ]| {2}")
#: Between a number and a bound after it: up to three words, its unit and what says
#: what it counts ("65 years and older", "65 years of age or older", "65 años de edad o
#: más", "10 mg/kg or more"), or without spaces up to six characters ("65岁以上").
_WORD = r"[^\s\d.,;:!?()\u060c\u061b]"
_GAP_WORDS = rf"{_WORD}*(?:{_SPACE}+{_WORD}+){{0,3}}?{_SPACE}+"
#: Between a number and "before" or "after": its unit only ("30 minutes before"). The
#: words are common; further away they are seldom the number's.
_GAP_UNIT = rf"{_WORD}*(?:{_SPACE}+{_WORD}+)?{_SPACE}+"
_GAP_CHARS = r"[^\d.,;:!?()\u3001\u3002\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f]{0,6}?"
#: A bound followed by a number is that number's ("2 tablets at least 1 hour apart").
_NO_NUMBER_NEXT = rf"(?!(?:{_SPACE}+{_WORD}+){{0,2}}?{_SPACE}*\d)"


@dataclass(frozen=True)
class Bound:
    """The words bounding a number, as written up to it, and which way they bound it."""

    words: str
    direction: str
    turned: bool = False  # read the other way, for a negation right before it
    negated: bool = False  # its negation is its own: turned, or "no more than", "不超过"


@dataclass(frozen=True)
class _BoundWords:
    before_number: re.Pattern[str]
    directions: dict[str, str | None]
    after_number: re.Pattern[str] | None  # "65 years and older", "65岁以上"
    after_directions: dict[str, str]
    negated: frozenset[str]  # phrases that hold their own negation ("no more than")
    ages: frozenset[str]  # phrases that bound an age ("younger than", "دون سن"): never turned
    clause_start: re.Pattern[str] | None  # "if", "si", "wenn": a negation before is another's
    storage: re.Pattern[str] | None  # "store", "conservar": a negation before reaches the bound
    spaced: bool
    negation: NegationMarkers | None
    # The quick look of ``has_bound``: every phrase, lower case, one space between words;
    # then a phrase before a digit, and one after a digit and a unit.
    phrases: ahocorasick.Automaton
    near_digits: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=LANGUAGES_KEPT)
def _bound_words(code: str) -> _BoundWords | None:
    entry = for_language(data_file("bounds"), code)
    if not entry:
        return None
    spaced = entry.get("script", "words") == "words"
    directions: dict[str, str | None] = {phrase_key(p): None for p in entry.get("neutral", [])}
    ages = entry.get("ages", {})
    for direction in OPPOSITE:  # bounds, and for languages that say it first, when ("饭前30分钟")
        directions.update((phrase_key(p), direction) for p in entry.get(direction, []))
        directions.update((phrase_key(p), direction) for p in ages.get(direction, []))
    after = entry.get("after", {})
    after_directions = {phrase_key(p): d for d in OPPOSITE for p in after.get(d, [])}
    # Without spaces between words, a verb may come between ("最多服用3片", take at most 3).
    edge, verb = (r"(?<!\w)", "") if spaced else ("", r"[^\W\d_]{0,2}")
    before = alternatives(directions)
    proclitics = entry.get("proclitics", [])
    joined = f"(?:{alternatives(proclitics)})?" if proclitics else ""
    before_number = re.compile(
        rf"{edge}{joined}(?P<phrase>{before}){verb}{_SPACE}*\Z", re.IGNORECASE
    )
    near_digits = [re.compile(rf"{edge}(?:{before}){_SPACE}*\d")]
    negation = negation_markers(code)
    negated = frozenset(p for p in directions if negation and _negates(negation, p))
    starts = entry.get("clause_starts", [])
    # A word, or an elided one ending in an apostrophe ("s'il", "lorsqu'il").
    word_end = r"(?:(?<=')|(?!\w))" if spaced else ""
    clause_start = None
    if starts:
        clause_start = re.compile(rf"{edge}(?:{alternatives(starts)}){word_end}", re.IGNORECASE)
    storage = None
    if entry.get("storage"):
        verbs = alternatives(entry["storage"])
        storage = re.compile(rf"{edge}{joined}(?:{verbs}){word_end}", re.IGNORECASE)
    after_number = None
    branches = []
    # The unit between, and for a bound what the number counts ("65 years of age and
    # older"); without spaces a few characters ("岁", " mg").
    for group, kinds, words_gap in (
        ("bound", (BELOW, ABOVE), _GAP_WORDS),
        ("time", (EARLIER, LATER), _GAP_UNIT),
    ):
        phrases_of = [p for p, d in after_directions.items() if d in kinds]
        if phrases_of:
            gap, phrase = (words_gap if spaced else _GAP_CHARS), alternatives(phrases_of)
            branches.append(rf"{gap}(?P<{group}>{phrase})")
            near_digits.append(re.compile(rf"\d{gap}(?:{phrase})"))
    if branches:
        after_number = re.compile(
            rf"(?:{'|'.join(branches)}){word_end}{_NO_NUMBER_NEXT}", re.IGNORECASE
        )
    phrases = ahocorasick.Automaton()
    for phrase in [*directions, *after_directions]:
        phrases.add_word(phrase, phrase)
    phrases.make_automaton()
    return _BoundWords(
        before_number,
        directions,
        after_number,
        after_directions,
        negated,
        frozenset(phrase_key(p) for phrases in ages.values() for p in phrases),
        clause_start,
        storage,
        spaced,
        negation,
        phrases,
        tuple(near_digits),
    )


def _negates(markers: NegationMarkers, text: str) -> bool:
    """Whether ``text`` negates, as the negation check reads it ("not only" does not)."""
    return find_negation(negation_text(text, markers), markers).negates


def _read(words: _BoundWords, before: str, phrase: str, said: str, direction: str) -> Bound | None:
    """The bound ``said`` points ``direction``, unless a negation in ``before`` bears on it.

    ``phrase`` is the bound's own words when they come before the number. A
    negation right before the bound turns it, and joins what it says.
    """
    negation = _negation(words, before, phrase)
    if negation is None:
        return Bound(said, direction)
    negating, turned = negation
    if not turned:
        return None
    return Bound(negating.lstrip() + said, OPPOSITE[direction], turned=True, negated=True)


def _negation(words: _BoundWords, before: str, phrase: str = "") -> tuple[str, bool] | None:
    """The words before a bound (with its ``phrase``) that negate it, and whether they turn it.

    The clause ends at punctuation and at a word that opens one ("if", "wenn"):
    "Do not use it if eGFR is less than 30" bounds 30 from below. A negation
    right before the bound turns it ("do not store above 25 °C" is "store below
    25 °C"), as does one right before a verb of keeping in the clause ("no
    conservar a temperatura superior a 25 °C"): a temperature says where the
    verb keeps. One further away in its clause may bear on another word ("not
    recommended for children under 12"), and the bound is not read. Further
    than eight words (twelve characters), it is another's.
    """
    if words.negation is None:
        return None
    before = before[_CLAUSE.search(before).start() :]
    if words.clause_start is not None:
        opened = [m.end() for m in words.clause_start.finditer(before)]
        before = before[opened[-1] :] if opened else before
    clause = before[_LAST_WORDS.search(before).start() :] if words.spaced else before[-_LAST_CHARS:]
    if not _negates(words.negation, clause + phrase):
        return None
    # A verb of keeping brings its negation to the bound of where it keeps: "No conserve
    # el pulverizador a temperatura superior a 30 °C" is "do not store it above 30 °C".
    reach = len(before)
    if words.storage is not None:
        verbs = [m.start() for m in words.storage.finditer(clause)]
        reach = len(before) - len(clause) + verbs[-1] if verbs else reach
    if words.spaced:
        near = before[_NEAR_WORDS.search(before, 0, reach).start() :]
    else:
        near = before[max(0, reach - _NEAR_CHARS) :]
    turned = _negates(words.negation, near + phrase)
    return (near if turned else clause), turned


def negations(text: str, language: str) -> int:
    """How many negations ``text`` says, as the negation check counts them."""
    words = _bound_words(language)
    if words is None or words.negation is None:
        return 0
    return find_negation(negation_text(text, words.negation), words.negation).count


def bound_before(text: str, start: int, language: str, read: bool = True) -> Bound | None:
    """The words of ``language`` bounding the number at ``text[start]``, if the data has them.

    A negated bound is read the other way: "do not store above 25 °C" bounds
    25 from below, as "store below 25 °C" does. Not ``read``: the bound as its
    words say it, whatever negation comes before.
    """
    words = _bound_words(language)
    if words is None:
        return None
    window = text[max(0, start - _WINDOW) : start].translate(_WRITTEN)
    match = words.before_number.search(window)
    if match is None:
        return None
    phrase = match.group("phrase")
    key = phrase_key(phrase)
    direction = words.directions.get(key)
    if direction is None:
        return None
    said = window[match.start("phrase") :]
    if direction not in (BELOW, ABOVE):
        return Bound(said, direction)  # a time: "不要在饭后30分钟内" is still after
    if key in words.negated:
        return Bound(said, direction, negated=True)
    if key in words.ages or not read:
        # An age says who is meant, not how much: "يجب ألا يتناوله الأطفال دون سن 6",
        # children under 6 must not take it, negates the taking.
        return Bound(said, direction)
    return _read(words, window[: match.start("phrase")], phrase, said, direction)


def bound_after(text: str, start: int, end: int, language: str, read: bool = True) -> Bound | None:
    """The words of ``language`` after the number ``text[start:end]`` that bound it.

    "65 years and older", "10 mg o menos", "65岁以上": the number's unit may
    come between. Read where no words before the number bound it; a bound
    negated before the number is read the other way ("请勿在30℃以上储存", do
    not store above 30 °C). ``words`` then holds the negation, the number and the bound.
    """
    words = _bound_words(language)
    if words is None or words.after_number is None:
        return None
    window = text[end : end + _WINDOW].translate(_WRITTEN)
    match = words.after_number.match(window)
    if match is None:
        return None
    group = match.lastgroup or ""
    direction = words.after_directions[phrase_key(match.group(group))]
    said = text[start:end] + window[: match.end(group)]
    if direction not in (BELOW, ABOVE):
        return Bound(said, direction)  # a time: "do not drive 2 hours after" is still after
    if not read:
        return Bound(said, direction)
    before = text[max(0, start - _WINDOW) : start].translate(_WRITTEN)
    return _read(words, before, "", said, direction)


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def has_bound(text: str, language: str) -> bool:
    """Whether words of ``language`` in ``text`` may bound a number (a quick look, never a miss).

    Most texts hold no phrase of the data at all, which one automaton pass
    tells; the patterns, slower, only look at the others. Remembered: a
    project's source texts recur in the catalog of every language.
    """
    words = _bound_words(language)
    if words is None:
        return False
    text = text.lower()
    if "\u2019" in text or "\u02bc" in text or "\u0640" in text:
        text = text.translate(_WRITTEN)
    spaced = text
    if any(space in text for space in _ASCII_OTHER_SPACES) or (
        not text.isascii() and _OTHER_SPACE.search(text)
    ):
        spaced = _ONE_SPACE.sub(" ", text)
    if next(words.phrases.iter(spaced), None) is None:
        return False
    return any(pattern.search(text) for pattern in words.near_digits)


#: A number as ``bounds_of`` reads it: digits, with separators between them ("1,000", "0.5").
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def bounds_of(text: str, language: str, read: bool = True) -> tuple[Bound, ...]:
    """The bound (below or above) of each number of ``text`` written in digits, if words say one.

    For the negation check, which asks whether a negation is a bound's own
    ("nicht über 30 °C") rather than the sentence's: it reads bounds as the
    number check does, from the same data; not ``read``, as their words say
    them, a negation before them or not. Remembered: the check asks twice of
    a pair, whether a bound answers the other text and how many negations
    are bounds'.
    """
    if not has_bound(text, language):
        return ()
    found = []
    for number in _DIGITS.finditer(text):
        start = number.start()
        bound = bound_before(text, start, language, read) or bound_after(
            text, start, number.end(), language, read
        )
        if bound is not None and bound.direction in (BELOW, ABOVE):
            found.append(bound)
    return tuple(found)
