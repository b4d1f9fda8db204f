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


class Negation:
    """What a text says about negation: the markers found, and any lexical negation.

    Lexical negation (``weak``) only matters when the other side negates and
    this one has no marker, which few entries need: it is looked for on first
    use, in the text left once exceptions and litotes are removed.
    """

    __slots__ = ("_weak", "_weak_pattern", "cues", "rest")

    def __init__(
        self,
        cues: tuple[str, ...],
        litotes: bool,
        rest: str = "",
        weak_pattern: re.Pattern[str] | None = None,
    ) -> None:
        self.cues = cues
        self._weak: bool | None = True if litotes else None
        self.rest = rest
        self._weak_pattern = weak_pattern

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
    found = tuple(dict.fromkeys(phrase_key(c) for c in cues))
    return Negation(found, litotes > 0, text, markers.weak)


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


def _compare(
    source: Negation, translation: Negation, markers: tuple[NegationMarkers, NegationMarkers]
) -> str | None:
    if source.negates and not (translation.negates or translation.weak):
        if _stops(source, translation, markers):
            return None
        return f"the source negates ({', '.join(source.cues)}) but the translation has no negation"
    if translation.negates and not (source.negates or source.weak):
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
        problem = _compare(
            find_negation(s, source_markers),
            find_negation(t, target_markers),
            (source_markers, target_markers),
        )
        if problem:
            problems.append(where + problem)
    return problems


class NegationMismatch(PairCheck):
    """The translation drops a negation of the source ("not", "no", "never"...) or adds one."""

    id = "negation-mismatch"
    severity = Severity.WARNING

    def problems(self, source: str, translation: str, language: str) -> Iterable[str]:
        return negation_problems(source, translation, language)
