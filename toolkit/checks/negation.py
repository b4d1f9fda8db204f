"""Does the translation negate where the source negates, and only there?

A dropped "not" turns a warning into advice. The check is lexical: it looks
for each language's negation markers (``toolkit/data/negation.json``: data, so
a linguist adds a language without touching code) and compares presence, per
sentence when source and translation have as many sentences, else over the
whole entry. Presence first: Romance languages repeat a negation
(``no existía ninguna`` for "none existed") where English says it once, so a
translation may say more. Fewer is reported where a sentence of the source
negates twice ("never skip it, even if you are not eating") and its
translation once, and where the translation's only negation is a bound word
the source says plain ("未满3个月", under 3 months, for "do not give it to
babies younger than 3 months"). Beside a "not", a word that negates by its
form ("unknown") counts as a negation: a translator says it as often with
one ("sigue sin conocerse"), which must not stand for the lost "not".

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

from collections.abc import Iterable
from dataclasses import dataclass

from toolkit.checks.base import PairCheck
from toolkit.checks.bounds import Bound, bounds_of
from toolkit.checks.markup import prose_text
from toolkit.checks.negation_markers import (
    Negation,
    NegationMarkers,
    find_negation,
    negation_markers,
    negation_text,
)
from toolkit.checks.sentences import split_sentences
from toolkit.findings import Severity
from toolkit.locales import SOURCE_LANGUAGE


@dataclass(frozen=True)
class _Side:
    """One text of a pair (a sentence, or the whole entry), as the comparison reads it."""

    text: str
    negation: Negation
    markers: NegationMarkers
    language: str


def _split_without(cues: tuple[str, ...], without: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """``cues`` that say "without" (``sans``, ``وبدون``), and the others."""
    return [c for c in cues if c.endswith(without)], [c for c in cues if not c.endswith(without)]


def _stops(source: _Side, translation: _Side, only: bool = True) -> bool:
    """Whether the source says "no longer" and the translation says it with a verb.

    "no longer respond" is "dejan de responder", "deixam de responder", "hören auf":
    a verb of stopping. Where the source has no other negation (``only``): "Do not
    stop suddenly" written "Pare de repente" lost its "not". Beside another, it is
    one of the negations a sentence counts ("may be blocked or no longer sterile" as
    "podrían … haber dejado de ser estériles").
    """
    source_words, target_words = source.markers.no_longer, translation.markers.no_longer
    if source_words is None or target_words is None:
        return False
    said = [bool(source_words.fullmatch(cue)) for cue in source.negation.cues]
    return (all(said) if only else any(said)) and bool(
        target_words.search(translation.negation.rest)
    )


def _bounds_answer(negating: _Side, other: _Side) -> bool:
    """Whether a negated bound of one text answers a plain bound of the other.

    "Nicht über 30 °C lagern" for "Store below 30 °C" negates only to bound 30;
    the number check compares which way each bound points. "Kinder unter 6
    Jahren sollten es nicht anwenden" negates something else. Bounds are read
    as the number check reads them (``toolkit/checks/bounds.py``).
    """
    return any(b.negated for b in bounds_of(negating.text, negating.language)) and any(
        not b.negated for b in bounds_of(other.text, other.language)
    )


def _permits(side: _Side) -> bool:
    """Whether ``side`` negates a prohibition ("not contraindicated"), which permits.

    A word of prohibition in the other text ("禁用", "interdit") then says the
    opposite, not the negation in other words.
    """
    pattern = side.markers.negated_prohibitions
    return pattern is not None and pattern.search(side.negation.rest) is not None


def _unanswered(source: _Side, translation: _Side) -> tuple[str, bool]:
    """The translation's text without its words of negative meaning that are the source's own.

    "Not all pack sizes may be marketed" may be "Puede que solamente estén
    comercializados algunos" (only some); but in "prescribed for you only. Do
    not pass it on", the "solamente" of the translation is the source's
    "only", and stands for no "not". So with "unless": "do not use it unless
    your doctor tells you to" written "utilice este medicamento a menos que
    se lo indique su médico" lost its "not". So with fasting: the "空腹" of
    "请勿空腹服用" is the source's "empty stomach"; and with forgetting: the
    "oubliez" of "Oubliez de le prendre" is the source's "forget". So with a bound: in "over at
    least 2 weeks; never stop abruptly", the "mindestens" of "brechen Sie die
    Einnahme abrupt ab" is the source's "at least", and "不足4小时" is the
    "less than 4 hours" of "but not if it is less than 4 hours". Also whether
    any word was the source's.
    """
    rest, answered = translation.negation.rest, False
    for own, other in (
        (source.markers.exclusives, translation.markers.exclusives),
        (source.markers.exceptives, translation.markers.exceptives),
        (source.markers.fasting, translation.markers.fasting),
        (source.markers.forgetting, translation.markers.forgetting),
    ):
        if own is not None and other is not None and own.search(source.negation.rest):
            rest, answered = other.sub(" ", rest), True
    plain = {b.direction for b in bounds_of(source.text, source.language) if not b.negated}
    for bound in bounds_of(translation.text, translation.language):
        words = bound.words.strip()
        if bound.direction in plain and not bound.negated and words and words in rest:
            rest, answered = rest.replace(words, " ", 1), True
    return rest, answered


def _answers_its_own(source: _Side, translation: _Side) -> bool:
    """Whether the translation's words of negative meaning are all the source's own."""
    rest, answered = _unanswered(source, translation)
    weak = translation.markers.weak
    return answered and (weak is None or weak.search(rest) is None)


def _said_in_words(source: _Side, translation: _Side) -> bool:
    """Whether the translation says the source's negation with a word of its meaning.

    "Évitez l'alcool" for "Do not drink alcohol", "en cas de doute" for "if you
    are not sure"; not a word of prohibition for a prohibition negated, nor an
    "only" or an "unless" the source says too.
    """
    return (
        translation.negation.weak
        and not _permits(source)
        and not _answers_its_own(source, translation)
    )


def _bound_words_negate(side: _Side) -> tuple[Bound, ...]:
    """The bounds of a text whose words hold all its negations ("不足37周", "未满3个月"), if so.

    A "not" inside a word of a bound ("不足", less than) says how much, not
    that something is not done. A negation that turns a bound ("nicht länger
    als 7 Tage") is a negation of its own: then none.
    """
    own = tuple(b for b in bounds_of(side.text, side.language) if b.negated)
    if len(own) < side.negation.count or any(b.turned for b in own):
        return ()
    return own


def _only_a_bound_negates(source: _Side, translation: _Side) -> bool:
    """Whether the translation's only negations are its bounds' words, which the source has plain.

    "未满3个月" (under 3 months) holds a "not" that bounds the age as "younger
    than 3 months" does: "Do not give it to babies younger than 3 months"
    written "未满3个月的婴儿请使用" lost its "not".
    """
    own = _bound_words_negate(translation)
    plain = {b.direction for b in bounds_of(source.text, source.language) if not b.negated}
    return bool(own) and all(b.direction in plain for b in own)


def _without_in_words(side: _Side) -> bool:
    """Whether ``side`` says "without" with a word of its meaning ("à jeun", "rezeptfrei").

    Or says "never … without" as "only with" ("nur unter ärztlicher Aufsicht").
    """
    return any(
        pattern is not None and pattern.search(side.negation.rest) is not None
        for pattern in (side.markers.free_of, side.markers.exclusives)
    )


def _before_for_without(translation: _Side) -> bool:
    """Whether the translation says a source's "not … without" with "before".

    "Do not change what you eat without telling the clinic" is "在告知门诊之前
    请勿改变" (before telling the clinic, do not change): one negation, and no
    "without". With no negation at all it stays reported: "Avant de modifier
    votre alimentation, parlez-en" reads as "在告知门诊之前请改变" does, which
    lost its "not".
    """
    before = translation.markers.before
    return before is not None and before.search(translation.negation.rest) is not None


def _compare(source: _Side, translation: _Side) -> str | None:
    said, written = source.negation, translation.negation
    if said.negates and not (written.negates or _said_in_words(source, translation)):
        if _stops(source, translation) or _bounds_answer(source, translation):
            return None
        return f"the source negates ({', '.join(said.cues)}) but the translation has no negation"
    if (
        said.negates
        and written.negates
        and _only_a_bound_negates(source, translation)
        and not _said_in_words(source, translation)
    ):
        return (
            f"the source negates ({', '.join(said.cues)}) but the translation only in a bound "
            f"({', '.join(written.cues)})"
        )
    if written.negates and not (said.negates or said.weak):
        if _bounds_answer(translation, source) or _bound_words_negate(translation):
            return None  # "胎龄不足37周" (less than 37 weeks) for "born before 37 weeks"
        return f"the translation negates ({', '.join(written.cues)}) but the source does not"
    if not (source.markers.without and translation.markers.without):
        return None
    # "Do not stop without asking" written "Arrêtez sans demander", or "Ne l'arrêtez pas avec
    # son accord": both negate, but the translation kept one of the two negations only.
    source_without, source_other = _split_without(said.cues, source.markers.without)
    target_without, target_other = _split_without(written.cues, translation.markers.without)
    # Not the other way: a translation says "sans" and "sin" for what English says with
    # a word ("sin procesar" for "raw"), beside a negation of its own.
    if (
        source_without
        and source_other
        and not (target_without and target_other)
        and not _without_in_words(translation)  # "à jeun" for "without food"
        and not (target_other and _before_for_without(translation))
    ):
        return (
            f'the source has "without" and another negation ({", ".join(said.cues)}), '
            f"the translation one of them only ({', '.join(written.cues)})"
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
        said = _Side(s, find_negation(s, source_markers), source_markers, SOURCE_LANGUAGE)
        written = _Side(t, find_negation(t, target_markers), target_markers, language)
        problem = _compare(said, written)
        if problem is None and len(target_sentences) < len(source_sentences):
            problem = _fewer_merged(said, written)
        elif problem is None and said.negation.count:
            lexical = _lexical(said)
            if said.negation.count > 1 or lexical:
                problem = _fewer_in_sentence(said, written, lexical)
        if problem:
            problems.append(where + problem)
    return problems


def _lexical(side: _Side) -> list[str]:
    """The words of ``side`` that negate by their form ("unknown", "incomplete")."""
    pattern = side.markers.lexical
    return pattern.findall(side.negation.rest) if pattern is not None else []


def _bounds_negated(side: _Side) -> int:
    """How many of a text's negations are a bound's own ("nicht über 30 °C")."""
    return sum(bound.negated for bound in bounds_of(side.text, side.language))


def _fewer(
    source: _Side,
    translation: _Side,
    expected: int,
    found: int,
    lost: str,
    lexical: tuple[str, ...] = (),
    rest: str | None = None,
) -> str | None:
    """The message for a translation that says ``found`` negations where its source says more.

    ``rest`` is the translation's text in which its words of negative meaning were counted.
    """
    if found >= expected:
        return None
    weak = translation.markers.weak
    rest = translation.negation.rest if rest is None else rest
    words = [m.group().strip() for m in weak.finditer(rest)] if weak else []
    return (
        f"the source negates {expected} times ({', '.join((*source.negation.cues, *lexical))}), "
        f"the translation {found} ({', '.join((*translation.negation.cues, *words))}) {lost}"
    )


def _fewer_merged(source: _Side, translation: _Side) -> str | None:
    """Where a translation with fewer sentences also says fewer negations than its source.

    A sentence dropped from a paragraph that negates elsewhere ("Do not drink
    alcohol." lost beside "Do not drive.") leaves a negation on both sides;
    the count tells: the source's markers against the translation's markers and
    words that negate ("vermeiden", "imposible"). A Romance language repeats its
    negations ("no … nada"), which only raises the translation's count. A
    negation that is a bound's own ("nicht über 30 °C" for "below 30 °C") is
    the bound's, on either side.
    """
    expected = source.negation.count - _bounds_negated(source)
    found = translation.negation.said() - _bounds_negated(translation)
    lost = "and has fewer sentences: a negated sentence seems missing"
    return _fewer(source, translation, expected, found, lost)


def _fewer_in_sentence(source: _Side, translation: _Side, lexical: list[str]) -> str | None:
    """Where a sentence of the source negates more often than its translation.

    "Never skip it, even if you are not eating" written "Lassen Sie es aus,
    auch wenn Sie nichts essen" lost its "never". A negation that is the
    source's bound's own ("do not take more than 4") may be said by a bound
    word ("au plus 4"), and a bound the source lacks may say one of its
    negations ("not yet 2 years old" as "moins de 2 ans"); the
    translation's negated bounds are negations it says. A "not" with a
    "without" says "only with" ("never … without" written "ne … que"): the two
    count as one. A word that negates by its form ("unknown") counts as one:
    translators say it as often with a negation ("sigue sin conocerse"), so
    "is not approved …, and its safety is unknown" written "está aprobado …
    y su seguridad sigue sin conocerse" lost its "not".
    """
    without, other = _split_without(source.negation.cues, source.markers.without)
    paired = bool(without and other)
    expected = source.negation.count + len(lexical) - _bounds_negated(source) - paired
    rest, _ = _unanswered(source, translation)
    weak = translation.markers.weak
    found = (
        translation.negation.count
        + (len(weak.findall(rest)) if weak is not None else 0)
        + (
            bool(bounds_of(translation.text, translation.language, read=False))
            and not bounds_of(source.text, source.language, read=False)
        )
        + _stops(source, translation, only=False)
    )
    lost = "in the same sentence: one seems lost"
    return _fewer(source, translation, expected, found, lost, tuple(dict.fromkeys(lexical)), rest)


class NegationMismatch(PairCheck):
    """The translation drops a negation of the source ("not", "no", "never"...) or adds one."""

    id = "negation-mismatch"
    severity = Severity.WARNING

    def problems(self, source: str, translation: str, language: str) -> Iterable[str]:
        return negation_problems(source, translation, language)
