"""Does a translation use the glossary's terminology?

Four checks, all reading the glossary through ``context.terms`` (a
``TermMatcher``; without one they stay silent) and all matching inflected
forms, so "receptores NMDA" counts as "receptor NMDA":

* ``term-missing``: a concept of the source has none of its approved terms in
  the translation. A warning: a translator may rightly use a pronoun or
  rephrase, and only a reviewer can tell.
* ``term-forbidden``: the translation uses a term the glossary deprecates or
  supersedes for a concept the source mentions. An error: the terminologist
  has decided against that word for this concept (outdated, stigmatising or
  ambiguous in medical use); the finding names the replacement, and a
  translator who knows better can set ``ignore-term-forbidden`` on the entry.
  Only concepts the source mentions count, because a deprecated term is
  deprecated *for that concept* ("infusion" is the wrong French for an
  intravenous infusion, and the right one for a herbal tea).
* ``term-dnt``: a name or symbol the glossary marks "do not translate" is not
  reproduced exactly (case-sensitive) in the translation. An error: a changed
  clinic or gene name misinforms the reader.
* ``term-inconsistent``: within one catalog, one source term of a concept is
  rendered with different approved variants. The variant most entries use is
  the norm (on a tie, the glossary's preferred term; then the one used first),
  and the other entries are flagged, so a 1-to-1 split still points at the
  later entry. Renderings are grouped by the source's own wording: where the
  English itself varies ("depressive symptoms", "symptoms of depression"), a
  translation that follows it is faithful, not inconsistent; acronyms and full
  forms are likewise separate ("TSPT" for "PTSD" does not compete with
  "trouble de stress post-traumatique").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import NamedTuple

from toolkit.catalog import Catalog, Message
from toolkit.checks.base import Check, CheckContext, Tally, translation_pairs
from toolkit.findings import Severity
from toolkit.glossary import Term
from toolkit.terms import TermMatcher, TermOccurrence, renderings


def _quote(terms: Iterable[Term]) -> str:
    return " or ".join(f"'{term.text}'" for term in terms)


def _first_per_concept(occurrences: Iterable[TermOccurrence]) -> list[TermOccurrence]:
    seen: dict[str, TermOccurrence] = {}
    for occurrence in occurrences:
        seen.setdefault(occurrence.concept_id, occurrence)
    return list(seen.values())


def _setup(context: CheckContext) -> tuple[TermMatcher, str] | None:
    """The matcher and the glossary language of the catalog, when both exist."""
    matcher = context.terms
    if matcher is None or not context.code:
        return None
    language = matcher.glossary_language(context.code)
    return (matcher, language) if language else None


class _TermPairCheck(Check):
    """A check of each translation against its source's glossary terms.

    Silent without a glossary, or for a language the glossary lacks.
    """

    def check_message(self, message: Message, context: CheckContext) -> Iterable[str]:
        setup = _setup(context)
        if setup is None:
            return
        terms = _Terms(*setup, context.code)
        for source, translation, label in translation_pairs(message):
            for problem in self.problems(terms, source, translation):
                yield label + problem

    def problems(self, terms: _Terms, source: str, translation: str) -> Iterable[str]:
        return ()


class _Terms(NamedTuple):
    """The matcher, the glossary language it serves, and the catalog's own code."""

    matcher: TermMatcher
    language: str
    code: str


class TermMissing(_TermPairCheck):
    """A glossary term of the source is not rendered by one of its approved translations."""

    id = "term-missing"
    severity = Severity.WARNING

    def problems(self, terms: _Terms, source: str, translation: str) -> Iterable[str]:
        matcher, language, code = terms
        mentioned = _first_per_concept(matcher.find(source))
        if not mentioned:
            return  # most texts: no term, so no need to look at the translation
        present = {o.concept_id for o in matcher.find_all(translation, code)}
        for occurrence in mentioned:
            concept = matcher.concept(occurrence.concept_id)
            if concept.do_not_translate or concept.id in present:
                continue  # term-dnt and term-forbidden speak for those
            approved = concept.approved(language)
            if not approved:
                continue  # the glossary has no rendering to ask for
            wanted = renderings(concept, occurrence.term, language)
            others = [t for t in approved if t not in wanted]
            alternatives = f" (or {_quote(others)})" if others else ""
            yield (
                f"'{source[occurrence.start : occurrence.end]}' should be "
                f"translated as {_quote(wanted)}{alternatives} (glossary: {concept.id})"
            )


class TermForbidden(_TermPairCheck):
    """The translation uses a term the glossary deprecates or supersedes."""

    id = "term-forbidden"
    severity = Severity.ERROR

    def problems(self, terms: _Terms, source: str, translation: str) -> Iterable[str]:
        matcher, language, code = terms
        mentioned = {o.concept_id for o in matcher.find_all(source)}
        if not mentioned:
            return
        found = matcher.find(translation, code)
        approved_spans = {(o.start, o.end) for o in found if o.term.approved}
        for occurrence in found:
            if (
                not occurrence.term.forbidden
                or occurrence.concept_id not in mentioned
                or (occurrence.start, occurrence.end) in approved_spans
            ):
                continue
            concept = matcher.concept(occurrence.concept_id)
            replacement = renderings(concept, occurrence.term, language)
            advice = f": use {_quote(replacement)}" if replacement else ""
            yield (
                f"'{translation[occurrence.start : occurrence.end]}' is a "
                f"{occurrence.term.status} term{advice} (glossary: {concept.id})"
            )


def _script(char: str) -> str:
    return unicodedata.name(char, "").split(" ")[0]


def _contains(text: str, needle: str) -> bool:
    """Whether ``needle`` stands in ``text`` as a whole, case-sensitively.

    "BDNF" is in "BDNF-Spiegel", "NMDA受体" and "(BDNF)", not in "BDNFs":
    a neighbouring letter of the same script would make it another word.
    """
    start = text.find(needle)
    while start != -1:
        end = start + len(needle)
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if not (
            (before.isalnum() and _script(before) == _script(needle[0]))
            or (after.isalnum() and _script(after) == _script(needle[-1]))
        ):
            return True
        start = text.find(needle, start + 1)
    return False


class TermDoNotTranslate(_TermPairCheck):
    """A name or symbol the glossary marks "do not translate" is not kept verbatim."""

    id = "term-dnt"
    severity = Severity.ERROR

    def problems(self, terms: _Terms, source: str, translation: str) -> Iterable[str]:
        matcher, language, _ = terms
        source_language = matcher.glossary_language(matcher.source_language)
        reported: set[str] = set()
        for occurrence in matcher.find_all(source):
            concept = matcher.concept(occurrence.concept_id)
            written = source[occurrence.start : occurrence.end]
            if not concept.do_not_translate or written in reported:
                continue
            kept = {written, occurrence.term.text}
            kept |= {t.text for t in concept.terms_in(source_language or "")}
            kept |= {t.text for t in concept.approved(language)}
            if not any(_contains(translation, form) for form in kept):
                reported.add(written)
                yield (
                    f"'{written}' is not to be translated: keep it exactly as "
                    f"written (glossary: {concept.id})"
                )


class TermInconsistent(Check):
    """A glossary term of the source is rendered with different approved variants."""

    id = "term-inconsistent"
    severity = Severity.WARNING

    def tally(self, header: Catalog, context: CheckContext) -> Tally:
        setup = _setup(context)
        return Tally() if setup is None else _Renderings(self, setup[0], context)

    def check_catalog(
        self, catalog: Catalog, context: CheckContext
    ) -> Iterable[tuple[Message | None, str]]:
        renderings = self.tally(catalog, context)
        for message in catalog:
            renderings.add(message)
        return renderings.finish()


#: Entries remembered per rendering of a term, to name them in findings; beyond it
#: they are only counted (a file that large gets its findings capped anyway).
ENTRIES_KEPT = 10_000


class _Variant:
    __slots__ = ("count", "entries", "term")

    def __init__(self, term: Term) -> None:
        self.term = term
        self.count = 0
        self.entries: list[Message] = []


class _Renderings(Tally):
    """How many entries render each term each approved way; the minority ones at the end."""

    def __init__(self, check: TermInconsistent, matcher: TermMatcher, context: CheckContext):
        self.check = check
        self.matcher = matcher
        self.context = context
        # (concept, source term, acronym?) -> variant text -> its entries.
        # Keyed by the source's own wording: where the English varies ("depressive
        # symptoms", "symptoms of depression"), a translation that follows it is faithful.
        self.usage: dict[tuple[str, str, bool], dict[str, _Variant]] = {}

    def add(self, message: Message) -> Iterable[tuple[Message | None, str]]:
        if not self.check.applies_to(message):
            return ()
        matcher = self.matcher
        for source, translation, _ in translation_pairs(message):
            wording: dict[str, set[str]] = {}
            for o in matcher.find(source):
                if not matcher.concept(o.concept_id).do_not_translate:
                    wording.setdefault(o.concept_id, set()).add(o.term.text)
            if not wording:
                continue
            for occurrence in matcher.find(translation, self.context.code):
                source_terms = wording.get(occurrence.concept_id)
                if not source_terms or not occurrence.term.approved:
                    continue
                source_term = next(iter(source_terms)) if len(source_terms) == 1 else ""
                slot = (occurrence.concept_id, source_term, occurrence.term.is_abbreviation)
                variants = self.usage.setdefault(slot, {})
                variant = variants.get(occurrence.term.text)
                if variant is None:
                    variant = variants[occurrence.term.text] = _Variant(occurrence.term)
                if not variant.entries or variant.entries[-1] is not message:
                    variant.count += 1
                    if len(variant.entries) < ENTRIES_KEPT:
                        variant.entries.append(message)
        return ()

    def finish(self) -> Iterable[tuple[Message | None, str]]:
        for (concept_id, _, _), variants in self.usage.items():
            if len(variants) < 2:
                continue
            ranked = list(variants)
            norm = max(
                ranked,
                key=lambda v: (
                    variants[v].count,
                    variants[v].term.status == "preferred",
                    -ranked.index(v),
                ),
            )
            norm_entries = {id(m) for m in variants[norm].entries}
            count = variants[norm].count
            for text, variant in variants.items():
                if text == norm:
                    continue
                for message in variant.entries:
                    if id(message) in norm_entries:
                        continue
                    yield (
                        message,
                        f"'{text}' differs from '{norm}', used for the same concept in "
                        f"{count} other {'entry' if count == 1 else 'entries'}: use one "
                        f"rendering throughout (glossary: {concept_id})",
                    )
