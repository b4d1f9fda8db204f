"""Segmenting Markdown: every translatable block once, nothing else, at its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.document import parse_document, read_document
from toolkit.errors import SourceError

from .conftest import REPO

#: The article as the publisher sent it: plain text, before any Markdown was added.
SEED = Path(__file__).parent / "data" / "ketamine-article.txt"


def kinds_and_texts(markdown: str) -> list[tuple[str, str]]:
    document = parse_document(markdown, "doc.md", default_slug="doc")
    return [(s.kind, s.text) for s in document.segments]


def test_shipped_article_keeps_every_line_of_the_seed_verbatim():
    document = read_document(REPO / "source" / "ketamine.md", "source/ketamine.md")
    seed_lines = [line for line in SEED.read_text().splitlines() if line.strip()]
    texts = [s.text for s in document.segments if s.kind not in ("title", "description")]
    # The link is the only change: the bare URL after "Ketamine" became its target.
    linked = [t.replace("[Ketamine](", "Ketamine ").replace("/) is", "/ is") for t in texts]
    assert linked == seed_lines
    assert document.slug == "ketamine"
    assert document.meta["language"] == "en"


def test_shipped_article_outline():
    document = read_document(REPO / "source" / "ketamine.md")
    headings = [(s.kind, s.text) for s in document.segments if s.kind.startswith("heading")]
    assert headings[0] == ("heading 2", "Understanding Ketamine: A Brief Overview")
    assert ("heading 3", "NMDA Receptor Antagonism") in headings
    assert headings[-1] == ("heading 2", "Conclusion")
    assert sum(kind == "heading 2" for kind, _ in headings) == 7
    assert sum(kind == "heading 3" for kind, _ in headings) == 11


def test_lines_point_at_the_block_in_the_file():
    path = REPO / "source" / "ketamine.md"
    lines = path.read_text().splitlines()
    for segment in read_document(path).segments:
        line = lines[segment.line - 1]
        if segment.kind in ("title", "description"):
            assert line.startswith(f"{segment.kind}:")
        else:
            assert segment.text.split()[0] in line


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ("# Title\n", [("heading 1", "Title")]),
        (
            "Para with **bold**\nand a `code` span.\n",
            [("paragraph", "Para with **bold** and a `code` span.")],
        ),
        ("Hard  \nbreak\n", [("paragraph", "Hard\\\nbreak")]),
        (
            "- one\n- two\n\n  more\n",
            [("list item", "one"), ("list item", "two"), ("list item", "more")],
        ),
        ("1. first\n2. second\n", [("list item", "first"), ("list item", "second")]),
        ("> quoted *text*\n", [("blockquote paragraph", "quoted *text*")]),
        ("| a | b |\n|---|---|\n| c | d |\n", [("table cell", t) for t in "abcd"]),
        ("![An alt text](img.png)\n", [("image alt text", "An alt text")]),
        ("See ![icon](i.png) here\n", [("paragraph", "See ![icon](i.png) here")]),
        ("```\ncode\n```\n\n    indented code\n", []),
        ("<div>raw html</div>\n", [("paragraph", "<div>raw html</div>")]),
        ("---\n\n***\n", []),
    ],
)
def test_block_kinds(markdown, expected):
    assert kinds_and_texts(markdown) == expected


def test_raw_html_is_text_not_a_hidden_block():
    # With raw HTML disabled, an HTML block is a paragraph a translator sees, not lost text.
    assert kinds_and_texts("<script>x</script>\n")[0][0] == "paragraph"


def test_long_urls_are_kept_exactly():
    url = "https://example.org/" + "a-very-long-path/" * 8 + "?q=1&b=2"
    assert kinds_and_texts(f"Read [this]({url}).\n") == [("paragraph", f"Read [this]({url}).")]


def test_front_matter_fields_and_lines():
    document = parse_document(
        "---\nslug: guide\ntitle: A title\ndescription: One sentence.\n---\n\nBody.\n", "g.md", "x"
    )
    assert [(s.kind, s.text, s.line) for s in document.segments] == [
        ("title", "A title", 3),
        ("description", "One sentence.", 4),
        ("paragraph", "Body.", 7),
    ]
    assert document.slug == "guide"


@pytest.mark.parametrize(
    ("markdown", "line", "words"),
    [
        ("---\ntitle: [unclosed\n---\n", 2, "front matter"),
        ("---\n- a list\n---\n", 2, "mapping"),
        ("---\ntitle: 3\n---\n", 2, "title must be text"),
        ("---\nslug: Bad Slug\n---\n", 1, "slug"),
    ],
)
def test_bad_front_matter_is_located(markdown, line, words):
    with pytest.raises(SourceError) as error:
        parse_document(markdown, "bad.md", "bad")
    assert error.value.path == "bad.md"
    assert error.value.line == line
    assert words in error.value.message


def test_invalid_utf8_is_located(tmp_path: Path):
    path = tmp_path / "a.md"
    path.write_bytes(b"# ok\n\nline two \xff\n")
    with pytest.raises(SourceError) as error:
        read_document(path)
    assert error.value.line == 3
