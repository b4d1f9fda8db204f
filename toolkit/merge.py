"""Bringing a translated catalog up to date with its template, losing nothing.

This follows ``msgmerge``: an entry whose source is unchanged keeps its
translation; an edited source gets the closest old translation as a fuzzy
suggestion with the old source as ``#|`` so the translator sees what changed;
an entry that left the template becomes obsolete (``#~``), never deleted. Unlike
msgmerge, obsolete entries are searched too, so a paragraph that is removed and
later restored gets its old translation back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from difflib import SequenceMatcher

from toolkit.catalog import FUZZY, Catalog, Message
from toolkit.locales import Language

#: msgmerge's threshold: below this similarity an old translation is no help.
FUZZY_THRESHOLD = 0.6

_FORMAT_SUFFIX = "-format"


def init_catalog(template: Catalog, language: Language, revision_date: str) -> Catalog:
    """A new, empty translation of ``template`` into ``language``."""
    messages = [_fresh_entry(message, language.nplurals) for message in template]
    header = template.header or Message(msgid="")
    header = replace(
        header,
        translator_comments=tuple(
            c.replace("Translations template for", f"{language.english_name} translations for")
            for c in header.translator_comments
        ),
        flags=tuple(f for f in header.flags if f != FUZZY),
    )
    catalog = Catalog((header, *messages))
    return catalog.with_header_fields(
        {
            "PO-Revision-Date": revision_date,
            "Language-Team": language.english_name,
            "Language": language.code,
            "Plural-Forms": language.plural_forms,
        }
    )


def merge_catalog(catalog: Catalog, template: Catalog, nplurals: int) -> Catalog:
    """``catalog`` brought up to date with ``template``.

    Running it twice gives the same catalog as running it once: every entry it
    produces either matches the template exactly or is obsolete.
    """
    live = {m.key: m for m in catalog}
    obsolete = {m.key: m for m in catalog.obsolete}
    used: set[tuple[bool, tuple[str | None, str]]] = set()
    merged: list[Message] = []
    for new in template:
        old = live.get(new.key)
        if old is not None:
            used.add((False, old.key))
            merged.append(_carry_over(old, new, nplurals))
            continue
        candidate = obsolete.get(new.key) or _closest(new, live, obsolete, used)
        if candidate is None:
            merged.append(_fresh_entry(new, nplurals))
            continue
        used.add((candidate.obsolete, candidate.key))
        merged.append(_suggest(candidate, new, nplurals))
    leftovers = [
        _make_obsolete(m) for m in catalog if (False, m.key) not in used and m.has_translation
    ]
    kept_obsolete = [m for m in catalog.obsolete if (True, m.key) not in used]
    header = _merge_header(catalog, template)
    return catalog.replace_messages(
        [*([header] if header else []), *merged, *leftovers, *kept_obsolete]
    )


def _merge_header(catalog: Catalog, template: Catalog) -> Message | None:
    header = catalog.header
    date = template.header_fields.get("POT-Creation-Date")
    if header is None or date is None:
        return header
    return catalog.with_header_fields({"POT-Creation-Date": date}).header


def _fresh_entry(template_entry: Message, nplurals: int) -> Message:
    return replace(
        template_entry,
        msgstr="",
        msgstr_plural=("",) * nplurals if template_entry.pluralizable else (),
        flags=tuple(f for f in template_entry.flags if f != FUZZY),
        line=0,
    )


def _carry_over(old: Message, new: Message, nplurals: int) -> Message:
    """The template's entry with the translator's work on it kept."""
    return replace(
        new,
        msgstr=old.msgstr if not new.pluralizable else "",
        msgstr_plural=_plural_forms(old, new, nplurals),
        translator_comments=old.translator_comments,
        flags=_merged_flags(old, new),
        previous_msgctxt=old.previous_msgctxt if old.fuzzy else None,
        previous_msgid=old.previous_msgid if old.fuzzy else None,
        previous_msgid_plural=old.previous_msgid_plural if old.fuzzy else None,
        line=0,
    )


def _suggest(old: Message, new: Message, nplurals: int) -> Message:
    """The template's entry carrying ``old``'s translation as a fuzzy suggestion."""
    entry = _carry_over(old, new, nplurals)
    return replace(
        entry,
        flags=(FUZZY, *(f for f in entry.flags if f != FUZZY)),
        previous_msgctxt=old.msgctxt,
        previous_msgid=old.msgid,
        previous_msgid_plural=old.msgid_plural,
    )


def _plural_forms(old: Message, new: Message, nplurals: int) -> tuple[str, ...]:
    if not new.pluralizable:
        return ()
    forms = old.msgstr_plural if old.pluralizable else (old.msgstr,)
    return tuple(forms[:nplurals]) + ("",) * max(0, nplurals - len(forms))


def _merged_flags(old: Message, new: Message) -> tuple[str, ...]:
    """Format flags come from the template; the translator's own flags stay."""
    kept = tuple(f for f in old.flags if not f.endswith(_FORMAT_SUFFIX))
    format_flags = tuple(f for f in new.flags if f.endswith(_FORMAT_SUFFIX) and f not in kept)
    return kept + format_flags


def _make_obsolete(message: Message) -> Message:
    return replace(message, obsolete=True, references=(), line=0, msgstr_line=0)


def _closest(
    new: Message,
    live: dict[tuple[str | None, str], Message],
    obsolete: dict[tuple[str | None, str], Message],
    used: set[tuple[bool, tuple[str | None, str]]],
) -> Message | None:
    """The most similar translated entry not yet claimed, if similar enough."""
    best: Message | None = None
    best_ratio = FUZZY_THRESHOLD
    matcher = SequenceMatcher(autojunk=False)
    matcher.set_seq2(new.msgid)
    for pool in (live.values(), obsolete.values()):
        for old in pool:
            if not old.has_translation or (old.obsolete, old.key) in used:
                continue
            if old.msgctxt != new.msgctxt:
                continue
            matcher.set_seq1(old.msgid)
            if matcher.real_quick_ratio() < best_ratio or matcher.quick_ratio() < best_ratio:
                continue
            ratio = matcher.ratio()
            if ratio >= best_ratio and (best is None or ratio > best_ratio):
                best, best_ratio = old, ratio
    return best


#: Extracted comments starting with this are the toolkit's own glossary hints.
GLOSSARY_HINT_PREFIX = "glossary: "


def with_glossary_hints(catalog: Catalog, hint_for: Callable[[str], str | None]) -> Catalog:
    """``catalog`` with each entry's glossary hint (an extracted comment) made current.

    Poedit and Lokalize show extracted comments beside the string, so the
    approved terms are where the translator works. A previous hint is
    replaced, never duplicated, and an entry whose source lost its terms loses
    its hint.
    """
    messages = []
    for message in catalog.messages:
        if message.obsolete or message.is_header:
            messages.append(message)
            continue
        comments = tuple(
            c for c in message.extracted_comments if not c.startswith(GLOSSARY_HINT_PREFIX)
        )
        hint = hint_for(message.msgid)
        messages.append(replace(message, extracted_comments=(*comments, *([hint] if hint else []))))
    return catalog.replace_messages(messages)
