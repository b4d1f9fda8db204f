"""Each language's negation markers, and what a text says with them.

Read by the negation-mismatch check, which compares source and translation,
and by the reading of bounds, where a negation right before "more than" turns
it ("do not take more than 4"). The markers are data
(``toolkit/data/negation.json``): cues ("not", ``ne … pas``, ``不``), the
phrases that hold a cue without negating ("not only", ``sin embargo``), litotes
("not without"), and words that negate by their meaning ("unable",
``imposible``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from toolkit.checks.base import TEXT_CACHE_SIZE
from toolkit.checks.lexicon import alternatives, data_file, for_language, phrase_key
from toolkit.locales import LANGUAGES_KEPT

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
    before: re.Pattern[str] | None = None  # "avant de", "之前": say "not … without" too
    no_longer: re.Pattern[str] | None = None
    negated_prohibitions: re.Pattern[str] | None = None  # "not contraindicated": permits
    exclusives: re.Pattern[str] | None = None  # "only", "solamente": weak, unless both say one
    exceptives: re.Pattern[str] | None = None  # "unless", "a menos que": the same
    fasting: re.Pattern[str] | None = None  # "à jeun", "空腹": the same
    forgetting: re.Pattern[str] | None = None  # "oublier", "忘记": the same
    free_of: re.Pattern[str] | None = None  # "libre de", "rezeptfrei": "without" in a word
    #: Exceptions that are weak markers too ("a não ser que" holds "não", "不足" holds "不"):
    #: no cue, but kept in the text for the weak markers to find.
    kept_exceptions: frozenset[str] = frozenset()
    correlatives: frozenset[str] = frozenset()  # "nor" of "neither ... nor", counted once
    lexical: re.Pattern[str] | None = None  # "unknown", "incomplete": a negation beside another
    concord: frozenset[str] = frozenset()  # "nunca" after "no": the same negation again
    clause_ends: re.Pattern[str] | None = None  # punctuation and "y", "et": where concord stops


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


#: Punctuation that ends a clause, in any script.
_CLAUSE_END = "[.,;:!?()\u060c\u061b\u3001\u3002\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f]"


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
    exclusives, exceptives = entry.get("exclusives", []), entry.get("exceptives", [])
    fasting, free_of = entry.get("fasting", []), entry.get("free_of", [])
    forgetting = entry.get("forgetting", [])
    free_of_patterns = entry.get("free_of_patterns", [])
    # A word of "only", "unless", fasting or "free of" is a weak marker too ("solamente
    # … algunos" for "not all", "à moins que" for "if not", "à jeun" for "without food").
    weak = [*entry.get("weak", []), *exclusives, *exceptives, *fasting, *free_of, *forgetting]
    weak = list(dict.fromkeys(weak))
    words = _compile([*cues, *exceptions], [], spaced, proclitics) or re.compile(r"(?!)")
    exception_keys = frozenset(phrase_key(e) for e in exceptions) - {phrase_key(c) for c in cues}
    return NegationMarkers(
        words=words,
        exceptions=exception_keys,
        cue_patterns=_compile([], entry.get("cue_patterns", []), spaced),
        exception_patterns=_compile(
            [],
            [*shared.get("exception_patterns", []), *entry.get("exception_patterns", [])],
            spaced,
        ),
        litotes=_compile(entry.get("litotes", []), [], spaced),
        weak=_compile(
            weak, [*entry.get("weak_patterns", []), *free_of_patterns], spaced, proclitics
        ),
        correlatives=frozenset(phrase_key(c) for c in entry.get("correlatives", [])),
        lexical=_compile([], entry.get("lexical_patterns", []), spaced),
        concord=frozenset(phrase_key(c) for c in entry.get("concord", [])),
        clause_ends=_compile(entry.get("coordinators", []), [_CLAUSE_END], spaced),
        marked=_compile([], entry.get("marked_patterns", []), spaced),
        without=tuple(phrase_key(w) for w in entry.get("without", [])),
        before=_compile(entry.get("before", []), [], spaced, proclitics),
        no_longer=_compile(entry.get("no_longer", []), [], spaced, proclitics),
        negated_prohibitions=_compile([], entry.get("negated_prohibitions", []), spaced),
        exclusives=_compile(exclusives, [], spaced, proclitics),
        exceptives=_compile(exceptives, [], spaced, proclitics),
        fasting=_compile(fasting, [], spaced, proclitics),
        forgetting=_compile(forgetting, [], spaced, proclitics),
        free_of=_compile([*fasting, *free_of], free_of_patterns, spaced, proclitics),
        kept_exceptions=exception_keys & {phrase_key(w) for w in weak},
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
    found_at: list[tuple[int, str]] = []
    last = 0
    for match in markers.words.finditer(text):
        key = phrase_key(match.group("phrase"))
        if key in markers.kept_exceptions:
            continue
        if key in markers.exceptions:
            kept.append(text[last : match.start()] + " ")
            last = match.end()
        else:
            cues.append(match.group(0))
            found_at.append((match.start(), key))
    repeated = _repeated(text, found_at, markers) if len(found_at) > 1 else 0
    text = "".join(kept) + text[last:]
    if markers.cue_patterns:
        cues.extend(m.group(0) for m in markers.cue_patterns.finditer(text))
    keys = [phrase_key(c) for c in cues]
    found = tuple(dict.fromkeys(keys))
    count = sum(key not in markers.correlatives for key in keys) - repeated
    return Negation(found, litotes > 0, text, markers.weak, count)


def _repeated(text: str, found_at: list[tuple[int, str]], markers: NegationMarkers) -> int:
    """How many words of concord repeat an earlier negation of their clause ("No … nunca")."""
    if markers.clause_ends is None or markers.concord.isdisjoint(key for _, key in found_at):
        return 0
    ends = [match.start() for match in markers.clause_ends.finditer(text)]
    negated: set[int] = set()
    repeated = 0
    for start, key in found_at:
        clause = bisect_right(ends, start)
        repeated += key in markers.concord and clause in negated
        negated.add(clause)
    return repeated
