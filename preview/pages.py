"""What each page shows, computed from the project; the templates only display it.

Every page is described by a small frozen dataclass built here from the
store (the article in one language, the review table, the dashboard). The
preview's views and the static build render the same models with the same
templates; only ``SiteLinks`` differs between them: a page opened from disk
needs ``…/index.html`` in its links, a server does not.

All links are relative (``../../fr/ketamine/``), so a page works under any
prefix, from a static server and from disk alike.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from markupsafe import Markup

from toolkit.catalog import Message
from toolkit.document import Document
from toolkit.errors import ToolkitError
from toolkit.extract import extract_from_document
from toolkit.findings import Finding, Severity
from toolkit.locales import get_language
from toolkit.render import RenderedArticle
from toolkit.stats import STATES, CatalogStats, message_state
from toolkit.terms import TermMatcher, TermOccurrence

if TYPE_CHECKING:
    from preview.store import ProjectStore

#: The language articles are written in; its pages are the source itself.
SOURCE = "en"
#: The review's filters (``?only=``): segments with findings, fuzzy or untranslated ones.
FILTERS = ("findings", "todo")
#: A URL, or a run of Latin letters and digits (with the punctuation inside such runs).
_LATIN_RUN = re.compile(
    r"https?://[^\s()\[\]<>]+|[A-Za-z0-9](?:[A-Za-z0-9.,:;/_\-+%&'\u2019 ]*[A-Za-z0-9%])?"
)


# --- languages and links ---------------------------------------------------------------------


@dataclass(frozen=True)
class PageLanguage:
    """A language as a page names it: its own name, HTML code and direction."""

    code: str
    bcp47: str
    direction: str
    name: str
    english_name: str

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"


def page_language(code: str) -> PageLanguage:
    """The language of ``code``, named in itself (``Español``, ``العربية``) as a menu shows it."""
    language = get_language(code)
    native = language.native_name
    return PageLanguage(
        code=language.code,
        bcp47=language.bcp47,
        direction=language.direction,
        name=native[:1].upper() + native[1:],
        english_name=language.english_name,
    )


@dataclass(frozen=True)
class SiteLinks:
    """How pages link to each other: the preview's URLs, or files opened from disk.

    ``index_file`` is appended to links between pages (``index.html`` in the
    static build, where a folder link opened from disk would show a listing);
    ``base_url`` makes ``hreflang`` alternates absolute when the site's
    address is known.
    """

    index_file: str = ""
    base_url: str | None = None

    def page(self, root: str, *parts: str) -> str:
        return root + "".join(f"{part}/" for part in parts) + self.index_file

    def alternate(self, root: str, *parts: str) -> str:
        return (self.base_url or root) + "".join(f"{part}/" for part in parts)


PREVIEW_LINKS = SiteLinks()


@dataclass(frozen=True)
class LanguageLink:
    """One entry of a language switcher, or one ``hreflang`` alternate."""

    language: PageLanguage
    href: str
    alternate: str
    current: bool


# --- the article -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticlePage:
    """One article in one language, with its language switcher and alternates."""

    language: PageLanguage
    slug: str
    article: RenderedArticle
    body: Markup
    languages: tuple[LanguageLink, ...]
    default_alternate: str
    root: str
    is_source: bool
    review_href: str | None
    dashboard_href: str | None
    index_href: str


def article_page(
    store: ProjectStore,
    code: str,
    slug: str,
    languages: list[str],
    links: SiteLinks = PREVIEW_LINKS,
    preview: bool = True,
) -> ArticlePage:
    """The article ``slug`` in ``code``; ``languages`` are those the switcher offers."""
    root = "../../"
    language = page_language(code)
    rendered = store.rendered(code, slug, language.rtl)
    return ArticlePage(
        language=language,
        slug=slug,
        article=rendered,
        body=Markup(rendered.body_html),
        languages=tuple(
            LanguageLink(
                page_language(other),
                links.page(root, other, slug),
                links.alternate(root, other, slug),
                other == code,
            )
            for other in languages
        ),
        default_alternate=links.alternate(root, SOURCE, slug),
        root=root,
        is_source=code == SOURCE,
        review_href="review" if preview and code != SOURCE else None,
        dashboard_href=f"{root}dashboard" if preview else None,
        index_href=links.page("../"),
    )


@dataclass(frozen=True)
class ArticleLink:
    slug: str
    title: str
    href: str
    is_fallback: bool


@dataclass(frozen=True)
class LanguageIndexPage:
    """The articles of one language, and the other languages' indexes."""

    language: PageLanguage
    articles: tuple[ArticleLink, ...]
    languages: tuple[LanguageLink, ...]
    root: str
    dashboard_href: str | None


def language_index_page(
    store: ProjectStore,
    code: str,
    slugs: list[str],
    languages: list[str],
    links: SiteLinks = PREVIEW_LINKS,
    preview: bool = True,
) -> LanguageIndexPage:
    root = "../"
    language = page_language(code)
    articles = []
    for slug in slugs:
        rendered = store.rendered(code, slug, language.rtl)
        articles.append(
            ArticleLink(slug, rendered.title, links.page("", slug), rendered.title_is_fallback)
        )
    return LanguageIndexPage(
        language=language,
        articles=tuple(articles),
        languages=tuple(
            LanguageLink(
                page_language(other),
                links.page(root, other),
                links.alternate(root, other),
                other == code,
            )
            for other in languages
        ),
        root=root,
        dashboard_href=f"{root}dashboard" if preview else None,
    )


# --- the review ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TermNote:
    """What a highlighted glossary term explains on hover and focus."""

    concept_id: str
    definition: str | None
    source_terms: tuple[str, ...]
    target_terms: tuple[str, ...]
    avoid_terms: tuple[str, ...]
    do_not_translate: bool


@dataclass(frozen=True)
class Piece:
    """A run of a segment's text: a glossary term when ``note`` is set (``tip_id`` names
    its tooltip), a left-to-right run to isolate inside right-to-left text when ``isolate``.
    """

    text: str
    note: TermNote | None = None
    tip_id: str = ""
    isolate: bool = False


@dataclass(frozen=True)
class ReviewRow:
    """One segment: the English source, its translation, where both live, what is wrong."""

    anchor: str
    kind: str
    source_ref: str
    po_ref: str | None
    state: str
    source: tuple[Piece, ...]
    translation: tuple[Piece, ...]
    findings: tuple[Finding, ...]
    severity: str | None


@dataclass(frozen=True)
class FilterLink:
    value: str | None
    href: str
    count: int
    current: bool


@dataclass(frozen=True)
class ReviewPage:
    """Source and translation side by side, segment by segment."""

    language: PageLanguage
    source_language: PageLanguage
    slug: str
    title: str
    po_path: str
    stats: CatalogStats
    rows: tuple[ReviewRow, ...]
    file_findings: tuple[Finding, ...]
    filters: tuple[FilterLink, ...]
    only: str | None
    root: str
    article_href: str
    has_glossary: bool


def segment_anchor(msgid: str) -> str:
    """A permalink id for a segment that survives edits elsewhere in the article."""
    return "s-" + hashlib.sha1(msgid.encode("utf-8")).hexdigest()[:10]


def _note(matcher: TermMatcher, concept_id: str, language: str | None) -> TermNote:
    concept = matcher.concept(concept_id)
    english = matcher.glossary_language(SOURCE)
    return TermNote(
        concept_id=concept.id,
        definition=concept.definition,
        source_terms=tuple(t.text for t in concept.approved(english)) if english else (),
        target_terms=tuple(t.text for t in concept.approved(language)) if language else (),
        avoid_terms=tuple(t.text for t in concept.forbidden(language)) if language else (),
        do_not_translate=concept.do_not_translate,
    )


def highlight(
    text: str,
    occurrences: list[TermOccurrence],
    note: dict[str, TermNote],
    tip_prefix: str,
) -> tuple[Piece, ...]:
    """``text`` cut into plain runs and glossary terms (``note`` by concept id)."""
    pieces: list[Piece] = []
    position = 0
    for number, occurrence in enumerate(occurrences):
        if occurrence.start < position:
            continue
        if occurrence.start > position:
            pieces.append(Piece(text[position : occurrence.start]))
        pieces.append(
            Piece(
                text[occurrence.start : occurrence.end],
                note[occurrence.concept_id],
                f"{tip_prefix}-{number}",
            )
        )
        position = occurrence.end
    if position < len(text):
        pieces.append(Piece(text[position:]))
    return tuple(pieces)


def isolate_latin(pieces: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """Mark the URLs and Latin-script runs of right-to-left text for isolation.

    A review shows the Markdown as written: without isolation the bidirectional
    algorithm moves a URL's slashes and a Latin phrase's punctuation around
    the Arabic words. Brackets stay outside the runs so they mirror as pairs.
    """
    result: list[Piece] = []
    for piece in pieces:
        if piece.note is not None:
            result.append(piece)
            continue
        position = 0
        for match in _LATIN_RUN.finditer(piece.text):
            if match.start() > position:
                result.append(Piece(piece.text[position : match.start()]))
            result.append(Piece(match.group(0), isolate=True))
            position = match.end()
        if position < len(piece.text):
            result.append(Piece(piece.text[position:]))
    return tuple(result)


def _worst(findings: tuple[Finding, ...]) -> str | None:
    return str(max(f.severity for f in findings)) if findings else None


def review_filter(value: str | None) -> str | None:
    """The review filter a query asks for: ``findings``, ``todo``, or None (all rows)."""
    return value if value in FILTERS else None


def review_page(store: ProjectStore, code: str, slug: str, only: str | None = None) -> ReviewPage:
    """The review of ``slug`` in ``code``; ``only`` is ``findings``, ``todo`` or None (all)."""
    language = page_language(code)
    document: Document = store.documents()[slug]
    catalog = store.catalog(code, slug)
    audit = store.audit(code, slug)
    if catalog is None or audit is None:
        raise LookupError(f"no {code} catalog for {slug}")
    matcher = store.matcher()
    po_path = store.relative(store.catalog_path(code, slug))
    findings: dict[tuple[str | None, str], list[Finding]] = {}
    file_findings: list[Finding] = []
    for finding in audit.findings:
        if finding.msgid is None:
            file_findings.append(finding)
        else:
            findings.setdefault((finding.msgctxt, finding.msgid), []).append(finding)
    target = matcher.glossary_language(code) if matcher else None
    notes: dict[str, TermNote] = {}
    rows: list[ReviewRow] = []
    for number, entry in enumerate(extract_from_document(document, created="")):
        message: Message | None = catalog.get(entry.msgid)
        translation = message.msgstr if message else ""
        source_terms = matcher.find(entry.msgid) if matcher else []
        target_terms = matcher.find(translation, code) if matcher and translation else []
        for occurrence in [*source_terms, *target_terms]:
            if occurrence.concept_id not in notes and matcher:
                notes[occurrence.concept_id] = _note(matcher, occurrence.concept_id, target)
        translated = highlight(translation, target_terms, notes, f"tip-{number}-t")
        these = tuple(
            sorted(findings.get(entry.key, ()), key=lambda f: (-f.severity, f.check, f.line))
        )
        rows.append(
            ReviewRow(
                anchor=segment_anchor(entry.msgid),
                kind=", ".join(entry.extracted_comments),
                source_ref=" ".join(entry.references),
                po_ref=f"{po_path}:{message.line}" if message else None,
                state=message_state(message) if message else "untranslated",
                source=highlight(entry.msgid, source_terms, notes, f"tip-{number}-s"),
                translation=isolate_latin(translated) if language.rtl else translated,
                findings=these,
                severity=_worst(these),
            )
        )
    keep = {
        None: lambda row: True,
        "findings": lambda row: bool(row.findings),
        "todo": lambda row: row.state != "translated",
    }
    only = review_filter(only)
    return ReviewPage(
        language=language,
        source_language=page_language(SOURCE),
        slug=slug,
        title=document.title,
        po_path=po_path,
        stats=audit.stats,
        rows=tuple(row for row in rows if keep[only](row)),
        file_findings=tuple(file_findings),
        filters=tuple(
            FilterLink(value, f"?only={value}" if value else "review", count, value == only)
            for value, count in (
                (None, len(rows)),
                ("findings", sum(1 for row in rows if row.findings)),
                ("todo", sum(1 for row in rows if row.state != "translated")),
            )
        ),
        only=only,
        root="../../",
        article_href="./",
        has_glossary=matcher is not None,
    )


# --- the dashboard ---------------------------------------------------------------------------


@dataclass(frozen=True)
class BarPart:
    """One coloured stretch of a completeness bar, in percent of its width."""

    state: str
    x: float
    width: float
    count: int


@dataclass(frozen=True)
class Bar:
    percent: float
    parts: tuple[BarPart, ...]


def completeness_bar(counts: dict[str, int]) -> Bar:
    """A stacked bar of translated, fuzzy and untranslated shares of ``counts``."""
    total = sum(counts[state] for state in STATES)
    parts = []
    x = 0.0
    for state in STATES:
        width = 100.0 * counts[state] / total if total else 0.0
        parts.append(BarPart(state, round(x, 3), round(width, 3), counts[state]))
        x += width
    percent = 100.0 * counts["translated"] / total if total else 100.0
    return Bar(percent, tuple(parts))


@dataclass(frozen=True)
class DashboardCell:
    """One article in one language: how far it is and what the checks found."""

    language: PageLanguage
    stats: CatalogStats | None
    entries: Bar | None
    words: Bar | None
    severities: dict[str, int]
    problem: str | None
    article_href: str
    review_href: str
    findings_href: str


@dataclass(frozen=True)
class DashboardArticle:
    slug: str
    title: str
    source_href: str
    cells: tuple[DashboardCell, ...]


def dashboard_cell(store: ProjectStore, code: str, slug: str) -> DashboardCell:
    """A language's row; a catalog that cannot be read shows its error and nothing else."""
    links = {
        "article_href": f"{code}/{slug}/",
        "review_href": f"{code}/{slug}/review",
        "findings_href": f"{code}/{slug}/review?only=findings",
    }
    language = page_language(code)
    try:
        audit = store.audit(code, slug)
    except ToolkitError as error:
        problem = store.describe(error)
        return DashboardCell(language, None, None, None, {}, problem, **links)
    if audit is None:
        return DashboardCell(language, None, None, None, {}, None, **links)
    stats = audit.stats
    counted = Counter(str(f.severity) for f in audit.findings)
    counts = {state: getattr(stats, state) for state in STATES}
    return DashboardCell(
        language,
        stats,
        completeness_bar(counts),
        completeness_bar(stats.words),
        {str(s): counted[str(s)] for s in sorted(Severity, reverse=True)},
        None,
        **links,
    )


def dashboard(store: ProjectStore) -> tuple[DashboardArticle, ...]:
    """Every article and, under it, every language."""
    languages = store.languages()
    return tuple(
        DashboardArticle(
            slug=slug,
            title=document.title,
            source_href=f"{SOURCE}/{slug}/",
            cells=tuple(dashboard_cell(store, code, slug) for code in languages),
        )
        for slug, document in store.documents().items()
    )
