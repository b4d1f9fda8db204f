"""Does the translation keep the source's URLs and inline Markdown?

A translator moves a link or an emphasis with the words it belongs to, so the
order of inline elements may change; what must not change is which elements
there are, where links point and what code says. Structures are compared as
markdown-it-py parses them, never by regular expressions over the raw text, so
``*`` and ``_`` emphasis are the same thing and an unbalanced ``**`` (which a
reader sees as two stars) is a lost emphasis.

The helpers that turn a message into the text a reader sees live here too:
the number, negation and punctuation checks read that text, not the Markdown.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from toolkit.checks.base import TEXT_CACHE_SIZE, PairCheck
from toolkit.document import markdown_parser
from toolkit.findings import Severity

#: A bare URL in running text (linkify is off, so these are text to markdown-it).
#: ASCII only (no quote or angle bracket), so a CJK full stop after a URL is not part of it.
_BARE_URL = re.compile(r"(?:\b(?:https?|ftp)://|\bwww\.)[!#-;=?-~]+", re.IGNORECASE)
_URL_TRAILER = ".,;:!?'\"*_"
#: A link destination that leaves the page: a scheme, a protocol-relative or a www. address.
_ABSOLUTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//|www\.)", re.IGNORECASE)
_TAG_NAME = re.compile(r"^<(/?)([A-Za-z][A-Za-z0-9-]*)")


@lru_cache(maxsize=2)
def _parser(html: bool) -> MarkdownIt:
    parser = markdown_parser()
    # The house dialect renders raw HTML as text; to compare tags as tags the
    # markup check parses them, everything else sees them as the reader does.
    parser.options["html"] = html
    return parser


#: What can start inline Markdown; text without any is one plain text token. An
#: underscore inside a word ("snake_case") emphasises nothing, "!" matters only
#: before "[", "&" only as an entity, and "]" or ">" never alone.
_INLINE_SYNTAX = re.compile(
    r"[\\`*\[<\n\r\x00]|(?<!\w)_|_(?!\w)|&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);"
)
#: The characters those start with: most texts hold none, and this is the faster search.
_SYNTAX_CHARACTERS = re.compile(r"[\\`*_\[<&\n\r\x00]")


def _has_syntax(text: str) -> bool:
    return bool(_SYNTAX_CHARACTERS.search(text) and _INLINE_SYNTAX.search(text))


def inline_tokens(text: str, html: bool = False) -> list[Token]:
    """The inline tokens of one segment's Markdown, as the toolkit's dialect reads it.

    Several checks read the same text, and most catalog strings hold no
    Markdown at all, so plain text skips the parser and parsed text is cached.
    The tokens are shared: callers read them and never change them.
    """
    if not _has_syntax(text):
        return [Token("text", "", 0, content=text)] if text else []
    return list(_parsed_inline(text, html))


@lru_cache(maxsize=8192)
def _parsed_inline(text: str, html: bool) -> tuple[Token, ...]:
    blocks = _parser(html).parseInline(text)
    return tuple(blocks[0].children or []) if blocks else ()


def _reader_text(tokens: Iterable[Token], prose: bool) -> Iterator[str]:
    in_autolink = False
    for token in tokens:
        if token.type == "link_open" and token.markup == "autolink":
            in_autolink = True
        elif token.type == "link_close" and token.markup == "autolink":
            in_autolink = False
        elif in_autolink and prose:
            continue
        elif token.type in ("text", "text_special", "html_inline"):
            yield token.content
        elif token.type == "code_inline":
            yield " " if prose else token.content
        elif token.type == "image":
            yield from _reader_text(token.children or [], prose)
        elif token.type == "softbreak":
            yield " "
        elif token.type == "hardbreak":
            yield "\n"


def _shown(text: str, prose: bool) -> str:
    # Text without Markdown is one text token, which a reader sees as it is.
    if not _has_syntax(text):
        return text
    return "".join(_reader_text(_parsed_inline(text, False), prose))


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def visible_text(text: str) -> str:
    """What a reader sees of ``text``: Markdown syntax gone, link targets gone, code kept."""
    return _shown(text, prose=False)


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def prose_text(text: str) -> str:
    """The words of ``text``: what a reader sees, without code spans and URLs.

    Numbers and negations are looked for here: digits in a URL or a code span
    are not a dose (the URL and markup checks guard those), and a ``no-`` in a
    link's slug is not a negation.
    """
    shown = _shown(text, prose=True)
    # A bare URL has "://" or "www." (in any case): most texts have neither.
    if "://" not in shown and "www." not in shown.lower():
        return shown
    return _BARE_URL.sub(" ", shown)


def _trim_url(url: str) -> str:
    url = url.rstrip(_URL_TRAILER)
    # A closing bracket belongs to the URL only when the URL opened one.
    while url.endswith(")") and url.count(")") > url.count("("):
        url = url[:-1].rstrip(_URL_TRAILER)
    while url.endswith("]") and url.count("]") > url.count("["):
        url = url[:-1].rstrip(_URL_TRAILER)
    return url


def _destinations(tokens: Iterable[Token]) -> Iterator[str]:
    for token in tokens:
        if token.type == "link_open":
            yield str(token.attrs.get("href", ""))
        elif token.type == "image":
            yield str(token.attrs.get("src", ""))


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def urls(text: str) -> Counter[str]:
    """Every absolute URL of ``text``: link and image targets, autolinks and bare URLs."""
    if ":" not in text and "//" not in text and "www." not in text.lower():
        return Counter()  # no scheme, no protocol-relative or www. address: no URL
    tokens = inline_tokens(text)
    found: Counter[str] = Counter(d for d in _destinations(tokens) if _ABSOLUTE.match(d))
    in_autolink = False
    for token in tokens:
        if token.type == "link_open":
            in_autolink = token.markup == "autolink"
        elif token.type == "link_close":
            in_autolink = False
        elif token.type in ("text", "text_special") and not in_autolink:
            found.update(_trim_url(m.group(0)) for m in _BARE_URL.finditer(token.content))
    return found


def _target_label(kind: str, target: str, joiner: str) -> str:
    # Absolute targets are the URL check's business: one defect, one finding.
    return kind if _ABSOLUTE.match(target) else f"{kind} {joiner}'{target}'"


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def markup_structure(text: str) -> Counter[str]:
    """The inline elements of ``text``, each named for a translator, as a multiset."""
    found: Counter[str] = Counter()
    if not _has_syntax(text):
        return found
    for token in inline_tokens(text, html=True):
        if token.type == "link_open" and token.markup != "autolink":
            found[_target_label("link", str(token.attrs.get("href", "")), "to ")] += 1
        elif token.type == "link_open":
            found["autolink <…>"] += 1
        elif token.type == "image":
            found[_target_label("image", str(token.attrs.get("src", "")), "")] += 1
        elif token.type == "em_open":
            found["emphasis (*…* or _…_)"] += 1
        elif token.type == "strong_open":
            found["strong emphasis (**…**)"] += 1
        elif token.type == "code_inline":
            found[f"code span `{token.content}`"] += 1
        elif token.type == "hardbreak":
            found["line break"] += 1
        elif token.type == "html_inline":
            tag = _TAG_NAME.match(token.content)
            if tag:
                found[f"HTML tag <{tag.group(1)}{tag.group(2).lower()}>"] += 1
    return found


def _count(label: str, number: int) -> str:
    return label if number == 1 else f"{number} x {label}"


def compare_multisets(source: Counter[str], translation: Counter[str], noun: str) -> Iterator[str]:
    """Sentences naming what the translation lacks or adds compared to the source."""
    if (not source and not translation) or source == translation:
        return  # most texts hold none: two empty counters, compared without Counter's __eq__
    for item, number in sorted((source - translation).items()):
        yield f"the translation lacks the source's {noun}{_count(item, number)}"
    for item, number in sorted((translation - source).items()):
        yield f"the translation has {noun}{_count(item, number)} not in the source"


class UrlMismatch(PairCheck):
    """A URL of the source is missing or altered in the translation, or one was added."""

    id = "url-mismatch"
    severity = Severity.ERROR

    def problems(self, source: str, translation: str, language: str) -> Iterable[str]:
        return compare_multisets(urls(source), urls(translation), "URL ")


class MarkupMismatch(PairCheck):
    """The translation's links, emphasis, code spans or inline HTML differ from the source's."""

    id = "markup-mismatch"
    severity = Severity.ERROR

    def problems(self, source: str, translation: str, language: str) -> Iterable[str]:
        return compare_multisets(markup_structure(source), markup_structure(translation), "")
