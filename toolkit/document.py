"""Markdown articles cut into translatable segments.

An article is CommonMark with a YAML front matter. markdown-it-py gives the block
structure with line numbers; each block a reader sees as one unit of meaning (a
heading, a paragraph, a list item's paragraph, a table cell, a blockquote
paragraph, an image's alt text) becomes one ``Segment``. Inline Markdown stays in
the segment's text exactly as written, so translators can move a link or an
emphasis with the words it belongs to; code and raw HTML blocks are not
translatable and are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from toolkit.errors import SourceError

#: Front-matter fields a reader sees, and so a translator translates.
TRANSLATABLE_META = ("title", "description")

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)
_IMAGE_ONLY = re.compile(r"\A!\[(?P<alt>(?:[^\]\\]|\\.)*)\]\([^)]*\)\Z", re.DOTALL)
_HARD_BREAK = re.compile(r"(?: {2,}|\\)\n")


@dataclass(frozen=True)
class Segment:
    """One translatable unit of an article.

    ``kind`` names the block for translators (it becomes the PO entry's extracted
    comment): ``title``, ``description``, ``heading 2``, ``paragraph``,
    ``list item``, ``blockquote paragraph``, ``table cell``, ``image alt text``.
    ``line`` is 1-based, in the Markdown file.
    """

    text: str
    kind: str
    line: int


@dataclass(frozen=True)
class Document:
    """A source article: its metadata and its segments in reading order."""

    path: str
    slug: str
    meta: dict[str, Any]
    segments: tuple[Segment, ...]
    body: str
    body_line: int

    @property
    def title(self) -> str:
        return str(self.meta.get("title", self.slug))

    @property
    def language(self) -> str:
        return str(self.meta.get("language", "en"))


def markdown_parser() -> MarkdownIt:
    """The one Markdown dialect of the toolkit: CommonMark plus tables, no raw HTML.

    Extraction and rendering must agree on what a block is, so both build their
    parser here. Raw HTML is off because translations are untrusted input.
    """
    return MarkdownIt("commonmark", {"html": False}).enable("table")


def normalize_inline(content: str) -> str:
    """Inline text as one line: soft breaks become spaces, hard breaks stay.

    A paragraph wrapped over several source lines is one sentence to a
    translator; a hard break (two trailing spaces or a backslash) is kept as a
    backslash break so it survives the translation.
    """
    content = _HARD_BREAK.sub("\x00", content)
    content = re.sub(r"[ \t]*\n[ \t]*", " ", content)
    return content.replace("\x00", "\\\n").strip()


def image_alt(text: str) -> str | None:
    """The alt text when a block is nothing but one image, else None."""
    match = _IMAGE_ONLY.match(text)
    return match.group("alt") if match else None


def read_document(path: str | Path, display_path: str | None = None) -> Document:
    """Read and segment the article at ``path``.

    ``display_path`` is how references name the file (``source/ketamine.md``),
    relative to the project whatever the working folder.
    """
    path = Path(path)
    shown = display_path or str(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise SourceError("not valid UTF-8", shown, line) from None
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror}", shown) from None
    return parse_document(text, shown, default_slug=path.stem)


def parse_document(text: str, path: str, default_slug: str) -> Document:
    """Segment Markdown ``text``; ``path`` is only used to name errors."""
    text = text.replace("\r\n", "\n").lstrip("\ufeff")
    meta, meta_segments, body, body_line = _split_front_matter(text, path)
    slug = str(meta.get("slug") or default_slug)
    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", slug):
        raise SourceError(f"slug {slug!r} must be lower-case letters, digits, '-' or '_'", path, 1)
    tokens = markdown_parser().parse(body)
    segments = meta_segments + _segments_from_tokens(tokens, body_line)
    return Document(path, slug, meta, tuple(segments), body, body_line)


def _split_front_matter(text: str, path: str) -> tuple[dict[str, Any], list[Segment], str, int]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, [], text, 1
    raw = match.group(1) or ""
    try:
        meta = yaml.safe_load(raw) or {}
    except yaml.YAMLError as exc:
        # Where an unclosed bracket or quote began says more than where the text ended.
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise SourceError(f"front matter: {problem}", path, line) from None
    if not isinstance(meta, dict):
        raise SourceError("front matter must be a mapping of names to values", path, 2)
    segments = []
    for key in TRANSLATABLE_META:
        value = meta.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise SourceError(f"front matter: {key} must be text", path, _key_line(raw, key))
        segments.append(Segment(value.strip(), key, _key_line(raw, key)))
    body_line = text[: match.end()].count("\n") + 1
    return meta, segments, text[match.end() :], body_line


def _key_line(raw: str, key: str) -> int:
    for number, line in enumerate(raw.split("\n"), start=2):
        if line.startswith(f"{key}:"):
            return number
    return 1


def _segments_from_tokens(tokens: list[Token], first_line: int) -> list[Segment]:
    segments = []
    containers: list[str] = []
    for index, token in enumerate(tokens):
        if token.nesting == 1:
            containers.append(token.type)
        elif token.nesting == -1:
            containers.pop()
        if token.type != "inline":
            continue
        text = normalize_inline(token.content)
        if not text:
            continue
        kind = _block_kind(tokens[index - 1], containers)
        alt = image_alt(text)
        if alt is not None:
            if not alt.strip():
                continue
            text, kind = alt, "image alt text"
        line = first_line + (token.map[0] if token.map else 0)
        segments.append(Segment(text, kind, line))
    return segments


def _block_kind(opening: Token, containers: list[str]) -> str:
    if opening.type == "heading_open":
        return f"heading {opening.tag[1:]}"
    if opening.type in ("th_open", "td_open"):
        return "table cell"
    if "list_item_open" in containers:
        return "list item"
    if "blockquote_open" in containers:
        return "blockquote paragraph"
    return "paragraph"
