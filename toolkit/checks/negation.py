"""Does the translation negate where the source negates, and only there?

A dropped "not" turns a warning into advice. The check is lexical: it looks
for each language's negation markers (``toolkit/data/negation.json``: data, so
a linguist adds a language without touching code) and compares presence, per
sentence when source and translation have as many sentences, else over the
whole entry. Presence, not counts: Romance languages repeat a negation
(``no existía ninguna`` for "none existed") where English says it once.

What keeps it quiet on good translations:

* phrases that hold a marker without negating are removed first ("not only",
  ``sin embargo``, ``non seulement``, ``لا سيما``, ``不同``, ``未来``);
* a litotes ("not without side effects") affirms, so its translation may say
  ``n'est pas sans`` or ``也有副作用`` alike;
* negation said by a word's meaning ("failed", "unable", ``imposible``,
  ``缺乏``) explains a negation on the other side without requiring one.

Severity is *warning*: a word list cannot read meaning, so a rephrasing can be
flagged (a translator silences it with the ``ignore-negation-mismatch`` flag);
a project that would rather stop the build can raise it to error in its
configuration. A language with no markers in the data file is not checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from toolkit.checks.base import TEXT_CACHE_SIZE, PairCheck
from toolkit.checks.lexicon import alternatives, data_file, for_language, phrase_key
from toolkit.checks.markup import prose_text
from toolkit.checks.sentences import split_sentences
from toolkit.findings import Severity
from toolkit.locales import LANGUAGES_KEPT, SOURCE_LANGUAGE

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'"})
#: Arabic short vowels, tanween, shadda, sukun, dagger alif and tatweel: optional in writing.
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")


# Compared and hashed as itself: there is one per language (``negation_markers``),
# and ``find_negation`` remembers results by it.
@dataclass(frozen=True, eq=False)
class NegationMarkers:
    """One language's negation markers, compiled from the data file.

    ``words`` finds cue and exception phrases in one scan, longest first, so
    an exception inside a longer cue (``不安`` "uneasy" in ``不安全``
    "unsafe") and a cue inside a longer exception (``no`` in ``no solo``) each
    lose to the longer phrase.
    """

    words: re.Pattern[str]
    exceptions: frozenset[str]
    cue_patterns: re.Pattern[str] | None = None
    exception_patterns: re.Pattern[str] | None = None
    litotes: re.Pattern[str] | None = None
    weak: re.Pattern[str] | None = None
    marked: re.Pattern[str] | None = None
    without: tuple[str, ...] = ()
    no_longer: re.Pattern[str] | None = None
    bounds: re.Pattern[str] | None = None
    negated_bounds: re.Pattern[str] | None = None
    correlatives: frozenset[str] = frozenset()  # "nor" of "neither ... nor", counted once


class Negation:
    """What a text says about negation: the markers found, and any lexical negation.

    Lexical negation (``weak``) only matters when the other side negates and
    this one has no marker, which few entries need: it is looked for on first
    use, in the text left once exceptions and litotes are removed.
    """

    __slots__ = ("_weak", "_weak_pattern", "count", "cues", "rest")

    def __init__(
        self,
        cues: tuple[str, ...],
        litotes: bool,
        rest: str = "",
        weak_pattern: re.Pattern[str] | None = None,
        count: int = 0,
    ) -> None:
        self.cues = cues
        self._weak: bool | None = True if litotes else None
        self.rest = rest
        self._weak_pattern = weak_pattern
        self.count = count  # how many negations, a correlative "nor" not counted

    def said(self) -> int:
        """How many negations the text says, in markers and in words ("unable")."""
        pattern = self._weak_pattern
        return self.count + (len(pattern.findall(self.rest)) if pattern else 0)

    @property
    def negates(self) -> bool:
        return bool(self.cues)

    @property
    def weak(self) -> bool:
        if self._weak is None:
            pattern = self._weak_pattern
            self._weak = bool(pattern and pattern.search(self.rest))
        return self._weak


def _literals(phrases: Iterable[str], spaced: bool, proclitics: Iterable[str]) -> str:
    """A regex finding any of ``phrases`` (as group ``phrase``), longest first."""
    branches = alternatives(phrases)
    if not spaced:
        return f"(?P<phrase>{branches})"
    prefix = "|".join(re.escape(p) for p in sorted(proclitics, key=len, reverse=True))
    prefix = f"(?:{prefix})?" if prefix else ""
    # A word joined to the next by a hyphen is part of a name or a compound ("no-referrer").
    return rf"(?<!\w){prefix}(?P<phrase>{branches})(?![\w-])"


def _compile(
    phrases: Iterable[str], patterns: Iterable[str], spaced: bool, proclitics: Iterable[str] = ()
) -> re.Pattern[str] | None:
    phrases, patterns = list(phrases), list(patterns)
    branches = ([_literals(phrases, spaced, proclitics)] if phrases else []) + patterns
    return re.compile("|".join(f"(?:{b})" for b in branches), re.IGNORECASE) if branches else None


def _bound_patterns(code: str, spaced: bool, cues: list[str]) -> tuple[list[str], list[str]]:
    """Patterns of the language's bounds of a number, plain and negated (``bounds.json``).

    A negated bound says the opposite bound: "Store below 30 °C" is "Nicht über
    30 °C lagern" or "Conservez à une température ne dépassant pas 30 °C", "Do
    not store above 25 °C" is "Conserver en dessous de 25 °C". The negation
    right before the bound, or right after a verb of exceeding, is the bound's.
    """
    bounds = for_language(data_file("bounds"), code) or {}
    before = alternatives([*bounds.get("below", []), *bounds.get("above", [])])
    after_bounds = bounds.get("after", {})
    after = alternatives([*after_bounds.get("below", []), *after_bounds.get("above", [])])
    if not cues or not (bounds.get("below") or bounds.get("above")):
        return [], []
    cue = alternatives(cues)
    if spaced:
        # Near as the number check reads it: two words at most between ("do not store above").
        edge, gap, near = r"(?<!\w)", r"\S*(?:\s+\S+){0,3}?\s+", r"\s+(?:\S+\s+){0,2}?"
    else:
        edge, gap, near = "", r"\D{0,6}?", r"\D{0,4}?"
    plain = [rf"{edge}(?:{before})\s*\d"]
    negated = [
        rf"{edge}(?:{cue}){near}(?:{before})\s*\d",  # "nicht über 30", "do not exceed 4"
        rf"{edge}(?:{before})\s+(?:{cue})\s*\d",  # "ne dépassant pas 30"
    ]
    if after_bounds.get("below") or after_bounds.get("above"):
        plain.append(rf"\d+{gap}(?:{after})")
        negated.append(rf"{edge}(?:{cue}){near}\d+{gap}(?:{after})")  # "请勿在30℃以上"
    return plain, negated


@lru_cache(maxsize=LANGUAGES_KEPT)
def negation_markers(code: str) -> NegationMarkers | None:
    """The markers of ``code`` (``pt_BR`` falls back to ``pt``), or None when there are none."""
    data = data_file("negation")
    entry = for_language(data, code)
    if not entry or not (entry.get("cues") or entry.get("cue_patterns")):
        return None
    shared = data.get("*", {})
    spaced = entry.get("script", "words") == "words"
    proclitics = entry.get("proclitics", ())
    cues, exceptions = entry.get("cues", []), entry.get("exceptions", [])
    plain_bounds, negated_bounds = _bound_patterns(code, spaced, cues)
    words = _compile([*cues, *exceptions], [], spaced, proclitics) or re.compile(r"(?!)")
    return NegationMarkers(
        words=words,
        exceptions=frozenset(phrase_key(e) for e in exceptions) - {phrase_key(c) for c in cues},
        cue_patterns=_compile([], entry.get("cue_patterns", []), spaced),
        exception_patterns=_compile(
            [],
            [*shared.get("exception_patterns", []), *entry.get("exception_patterns", [])],
            spaced,
        ),
        litotes=_compile(entry.get("litotes", []), [], spaced),
        weak=_compile(entry.get("weak", []), entry.get("weak_patterns", []), spaced, proclitics),
        bounds=_compile([], plain_bounds, spaced),
        negated_bounds=_compile([], negated_bounds, spaced),
        correlatives=frozenset(phrase_key(c) for c in entry.get("correlatives", [])),
        marked=_compile([], entry.get("marked_patterns", []), spaced),
        without=tuple(phrase_key(w) for w in entry.get("without", [])),
        no_longer=_compile(entry.get("no_longer", []), [], spaced, proclitics),
    )


def normalize(text: str) -> str:
    """``text`` as markers are written in the data: one apostrophe, no Arabic vowel marks.

    Case is kept (markers match case-insensitively) so that a pattern can tell
    the chemical ``(NO)`` from the word "no".
    """
    if text.isascii():
        return text  # no typographic apostrophe, no Arabic
    return _ARABIC_MARKS.sub("", text.translate(_APOSTROPHES))


def negation_text(text: str, markers: NegationMarkers) -> str:
    """Plain ``text`` as ``find_negation`` reads it with ``markers``.

    Words that only their vowel marks tell from a cue (``غيّر``, "change!",
    against ``غير``, "not") are removed while they still have them; then the
    text is ``normalize``d.
    """
    if markers.marked is not None:
        text = markers.marked.sub(" ", text)
    return normalize(text)


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def find_negation(text: str, markers: NegationMarkers) -> Negation:
    """The negation markers of plain ``text`` (already normalized).

    Exceptions and litotes are blanked out first; what remains is searched
    for cues and for lexical (weak) negation.
    """
    litotes = 0
    if markers.exception_patterns:
        text = markers.exception_patterns.sub(" ", text)
    if markers.litotes:
        text, litotes = markers.litotes.subn(" ", text)
    cues: list[str] = []
    kept: list[str] = []
    last = 0
    for match in markers.words.finditer(text):
        if phrase_key(match.group("phrase")) in markers.exceptions:
            kept.append(text[last : match.start()] + " ")
            last = match.end()
        else:
            cues.append(match.group(0))
    text = "".join(kept) + text[last:]
    if markers.cue_patterns:
        cues.extend(m.group(0) for m in markers.cue_patterns.finditer(text))
    keys = [phrase_key(c) for c in cues]
    found = tuple(dict.fromkeys(keys))
    count = sum(key not in markers.correlatives for key in keys)
    return Negation(found, litotes > 0, text, markers.weak, count)


def _split_without(cues: tuple[str, ...], without: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """``cues`` that say "without" (``sans``, ``وبدون``), and the others."""
    return [c for c in cues if c.endswith(without)], [c for c in cues if not c.endswith(without)]


def _stops(
    source: Negation, translation: Negation, markers: tuple[NegationMarkers, NegationMarkers]
) -> bool:
    """Whether the source only says "no longer" and the translation says it with a verb.

    "no longer respond" is "dejan de responder", "deixam de responder", "hören auf":
    a verb of stopping. Only there: "Do not stop suddenly" written "Pare de repente"
    lost its "not".
    """
    source_words, target_words = markers[0].no_longer, markers[1].no_longer
    return (
        source_words is not None
        and target_words is not None
        and all(source_words.fullmatch(cue) for cue in source.cues)
        and target_words.search(translation.rest) is not None
    )


def _bounds_answer(
    negating: Negation, other: Negation, markers: tuple[NegationMarkers, NegationMarkers]
) -> bool:
    """Whether a negated bound of one text answers a plain bound of the other.

    ``markers`` are the negating text's, then the other's. "Nicht über 30 °C
    lagern" for "Store below 30 °C" negates only to bound 30; the number check
    compares which way each bound points. "Kinder unter 6 Jahren sollten es
    nicht anwenden" negates something else.
    """
    negated, plain = markers[0].negated_bounds, markers[1].bounds
    return (
        negated is not None
        and plain is not None
        and negated.search(negating.rest) is not None
        and plain.search(other.rest) is not None
    )


def _compare(
    source: Negation, translation: Negation, markers: tuple[NegationMarkers, NegationMarkers]
) -> str | None:
    if source.negates and not (translation.negates or translation.weak):
        if _stops(source, translation, markers) or _bounds_answer(source, translation, markers):
            return None
        return f"the source negates ({', '.join(source.cues)}) but the translation has no negation"
    if translation.negates and not (source.negates or source.weak):
        if _bounds_answer(translation, source, (markers[1], markers[0])):
            return None
        return f"the translation negates ({', '.join(translation.cues)}) but the source does not"
    if not all(m.without for m in markers):
        return None
    # "Do not stop without asking" written "Arrêtez sans demander", or "Ne l'arrêtez pas avec
    # son accord": both negate, but the translation kept one of the two negations only.
    source_without, source_other = _split_without(source.cues, markers[0].without)
    target_without, target_other = _split_without(translation.cues, markers[1].without)
    # Not the other way: a translation says "sans" and "sin" for what English says with
    # a word ("sin procesar" for "raw"), beside a negation of its own.
    if (
        source_without
        and source_other
        and not (target_without and target_other)
        and not translation.weak  # "à jeun" for "without food"
    ):
        return (
            f'the source has "without" and another negation ({", ".join(source.cues)}), '
            f"the translation one of them only ({', '.join(translation.cues)})"
        )
    return None


def negation_problems(source: str, translation: str, language: str) -> list[str]:
    """Where ``translation`` drops a negation of ``source`` or adds one, as sentences.

    ``language`` is the translation's gettext code; the source is English.
    Returns nothing for a language the data file has no markers for. Reused by
    the fuzzy-risk check on an entry's old translation against its new source.
    """
    source_markers = negation_markers(SOURCE_LANGUAGE)
    target_markers = negation_markers(language) if language else None
    if source_markers is None or target_markers is None:
        return []
    source_sentences = split_sentences(negation_text(prose_text(source), source_markers))
    target_sentences = split_sentences(negation_text(prose_text(translation), target_markers))
    if len(source_sentences) == len(target_sentences) > 1:
        pairs = [
            (f"sentence {number}: ", s, t)
            for number, (s, t) in enumerate(
                zip(source_sentences, target_sentences, strict=True), start=1
            )
        ]
    else:
        pairs = [("", " ".join(source_sentences), " ".join(target_sentences))]
    problems = []
    for where, s, t in pairs:
        source_negation, target_negation = (
            find_negation(s, source_markers),
            find_negation(t, target_markers),
        )
        problem = _compare(source_negation, target_negation, (source_markers, target_markers))
        if problem is None and len(target_sentences) < len(source_sentences):
            problem = _fewer(source_negation, target_negation, (source_markers, target_markers))
        if problem:
            problems.append(where + problem)
    return problems


def _bounds_negated(negation: Negation, markers: NegationMarkers) -> int:
    """How many of a text's negations turn a bound ("nicht über 30 °C")."""
    pattern = markers.negated_bounds
    return len(pattern.findall(negation.rest)) if pattern is not None else 0


def _fewer(
    source: Negation, translation: Negation, markers: tuple[NegationMarkers, NegationMarkers]
) -> str | None:
    """Where a translation with fewer sentences also says fewer negations than its source.

    A sentence dropped from a paragraph that negates elsewhere ("Do not drink
    alcohol." lost beside "Do not drive.") leaves a negation on both sides;
    the count tells: the source's markers against the translation's markers and
    words that negate ("vermeiden", "imposible"). A Romance language repeats its
    negations ("no … nada"), which only raises the translation's count. A
    negation that turns a bound ("nicht über 30 °C" for "below 30 °C") is the
    bound's, on either side.
    """
    expected = source.count - _bounds_negated(source, markers[0])
    said = translation.said() - _bounds_negated(translation, markers[1])
    if said >= expected:
        return None
    return (
        f"the source negates {expected} times ({', '.join(source.cues)}), the translation "
        f"{said} ({', '.join(translation.cues)}) and has fewer sentences: a negated sentence "
        "seems missing"
    )


class NegationMismatch(PairCheck):
    """The translation drops a negation of the source ("not", "no", "never"...) or adds one."""

    id = "negation-mismatch"
    severity = Severity.WARNING

    def problems(self, source: str, translation: str, language: str) -> Iterable[str]:
        return negation_problems(source, translation, language)
