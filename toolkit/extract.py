"""Templates (POT catalogs) built from segmented articles.

One entry per distinct segment text, in reading order; the same text in two
places is one entry with two references, as xgettext does, so it is translated
once. The template's creation date only moves when its entries change: an
unchanged source gives a byte-identical file, which keeps diffs and CI quiet.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from toolkit.catalog import FUZZY, Catalog, Message, format_header
from toolkit.document import Document

_DATE_FIELD = "POT-Creation-Date"


def template_header(project: str, created: str) -> Message:
    """The header xgettext would write for a fresh template."""
    fields = {
        "Project-Id-Version": project,
        "Report-Msgid-Bugs-To": "",
        _DATE_FIELD: created,
        "PO-Revision-Date": "YEAR-MO-DA HO:MI+ZONE",
        "Last-Translator": "FULL NAME <EMAIL@ADDRESS>",
        "Language-Team": "LANGUAGE <LL@li.org>",
        "Language": "",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    return Message(
        msgid="",
        msgstr=format_header(fields),
        translator_comments=(
            f"Translations template for {project}.",
            "This file is distributed under the same license as the article.",
        ),
        flags=(FUZZY,),
    )


def format_date(moment: datetime) -> str:
    """A date as gettext headers spell it: ``2026-11-28 04:00+0000``."""
    return moment.strftime("%Y-%m-%d %H:%M%z")


def now() -> str:
    return format_date(datetime.now(UTC))


def extract_from_document(document: Document, created: str | None = None) -> Catalog:
    """The template for one article, its entries in reading order."""
    entries: dict[str, Message] = {}
    for segment in document.segments:
        reference = f"{document.path}:{segment.line}"
        known = entries.get(segment.text)
        if known is None:
            entries[segment.text] = Message(
                msgid=segment.text,
                extracted_comments=(segment.kind,),
                references=(reference,),
            )
            continue
        kinds = known.extracted_comments
        if segment.kind not in kinds:
            kinds = (*kinds, segment.kind)
        # Two cells of one table row are one place to a PO file (gettext keeps a
        # reference once): a repeat would make the fresh template differ from
        # the one read back, and its date move on every run.
        references = known.references
        if reference not in references:
            references = (*references, reference)
        entries[segment.text] = replace(known, extracted_comments=kinds, references=references)
    header = template_header(document.slug, created or now())
    return Catalog((header, *entries.values()))


def same_entries(first: Catalog, second: Catalog) -> bool:
    """Whether two templates differ only in their creation date."""
    return _without_date(first) == _without_date(second)


def keep_creation_date(fresh: Catalog, existing: Catalog | None) -> Catalog:
    """``fresh`` with the existing template's date when no entry changed."""
    if existing is None or not same_entries(fresh, existing):
        return fresh
    return existing


def _without_date(catalog: Catalog) -> tuple[Message, ...]:
    messages = tuple(replace(m, line=0, msgstr_line=0) for m in catalog.messages)
    header = catalog.header
    if header is None:
        return messages
    fields = {k: v for k, v in catalog.header_fields.items() if k != _DATE_FIELD}
    return (replace(messages[0], msgstr=format_header(fields)), *messages[1:])
