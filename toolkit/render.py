"""An article rebuilt in one language: the Markdown structure, the translated words.

Rendering walks the same token stream extraction segmented, so every block
finds its translation by the same key. Translations are untrusted input: they
are parsed as inline Markdown with raw HTML off, link targets with a dangerous
scheme are dropped, and everything else is escaped by the renderer. A block
without a usable translation (untranslated or fuzzy) falls back to English,
marked ``lang="en"`` and with a class the page can style.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.token import Token

from toolkit.catalog import Catalog
from toolkit.document import Document, image_alt, markdown_parser, normalize_inline

#: The class of a block shown in English because its translation is missing or fuzzy.
FALLBACK_CLASS = "l10n-fallback"

_SAFE_SCHEME = re.compile(r"^(?:https?:|mailto:|tel:|#|/|\.{0,2}/|[^:/?#]*(?:[/?#]|$))", re.I)
_LTR_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,:;/_\-+%()&'\u2019 ]*[A-Za-z0-9)%]|[A-Za-z0-9]")


def is_safe_url(url: str) -> bool:
    """Whether a link target is harmless: http(s), mail, phone or relative.

    ``javascript:``, ``vbscript:``, ``data:`` and any other scheme are refused,
    including disguised spellings (``JaVaScRiPt:``, embedded tabs or newlines).
    """
    cleaned = re.sub(r"[\x00-\x20\x7f]+", "", html.unescape(url))
    return bool(_SAFE_SCHEME.match(cleaned))


def render_parser() -> MarkdownIt:
    """The extraction dialect, with every link target vetted by ``is_safe_url``."""
    parser = markdown_parser()
    parser.validateLink = is_safe_url  # type: ignore[method-assign]
    return parser


@dataclass(frozen=True)
class RenderedArticle:
    """An article's HTML body in one language, and what fell back to English."""

    title: str
    description: str
    body_html: str
    fallbacks: int
    title_is_fallback: bool


def translate(catalog: Catalog | None, text: str) -> str | None:
    """The usable translation of ``text``: translated and not fuzzy, else None."""
    if catalog is None:
        return None
    message = catalog.get(text)
    if message is None or not message.translated:
        return None
    return message.msgstr


def render_article(
    document: Document, catalog: Catalog | None, rtl: bool = False
) -> RenderedArticle:
    """Rebuild ``document`` with ``catalog``'s translations (``None``: English)."""
    parser = render_parser()
    tokens = parser.parse(document.body)
    fallbacks = 0
    for index, token in enumerate(tokens):
        if token.type != "inline":
            continue
        source = normalize_inline(token.content)
        if not source:
            continue
        alt = image_alt(source)
        translation = translate(catalog, alt if alt is not None else source)
        if alt is not None and not alt.strip():
            continue
        if translation is None:
            if catalog is not None:
                fallbacks += 1
                _mark_fallback(tokens[index - 1])
            children = parser.parseInline(source)[0].children or []
        elif alt is not None:
            children = parser.parseInline(source)[0].children or []
            _set_alt(children, translation, parser)
        else:
            children = parser.parseInline(translation)[0].children or []
        token.children = _isolate_ltr(children) if rtl else children
    title_translation = translate(catalog, document.title)
    description = str(document.meta.get("description", "")).strip()
    return RenderedArticle(
        title=title_translation or document.title,
        description=translate(catalog, description) or description,
        body_html=parser.renderer.render(tokens, parser.options, {}),
        fallbacks=fallbacks + (catalog is not None and title_translation is None),
        title_is_fallback=catalog is not None and title_translation is None,
    )


def _mark_fallback(opening: Token) -> None:
    opening.attrSet("lang", "en")
    opening.attrSet("class", FALLBACK_CLASS)


def _set_alt(children: list[Token], alt: str, parser: MarkdownIt) -> None:
    for child in children:
        if child.type == "image":
            child.children = parser.parseInline(alt)[0].children or []
            child.content = alt


def _isolate_ltr(children: list[Token]) -> list[Token]:
    """Wrap Latin-script runs (URLs, drug names, acronyms) of RTL text in ``<bdi>``.

    Without isolation a run such as ``NMDA (N-methyl-D-aspartate)`` inside
    Arabic text is reordered by the bidirectional algorithm and its parentheses
    flip. Text is escaped here because the tokens made are raw HTML.
    """
    result: list[Token] = []
    for child in children:
        if child.type != "text" or not _LTR_RUN.search(child.content):
            result.append(child)
            continue
        position = 0
        pieces = []
        while match := _LTR_RUN.search(child.content, position):
            run = _balanced(match.group(0))
            pieces.append(html.escape(child.content[position : match.start()], quote=False))
            pieces.append(f"<bdi>{html.escape(run, quote=False)}</bdi>")
            position = match.start() + len(run)
        pieces.append(html.escape(child.content[position:], quote=False))
        raw = Token("html_inline", "", 0)
        raw.content = "".join(pieces)
        result.append(raw)
    return result


def _balanced(run: str) -> str:
    """``run`` without a bracket it does not close or open itself.

    In ``(PTSD)`` written in Arabic the run found is ``PTSD)``: isolating the
    closing bracket without its opening one shows ``((PTSD``. An unmatched
    bracket stays outside the isolate, in the right-to-left text, where the
    bidirectional algorithm mirrors it as the pair it belongs to.
    """
    while run.endswith(")") and run.count(")") > run.count("("):
        run = run[:-1]
    while run.count("(") > run.count(")"):
        run = run[: run.rindex("(")]
    return run.rstrip(" .,:;/_-+&'\u2019")
