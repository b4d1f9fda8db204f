"""Reading and writing PO files, with GNU msgcat 0.21 as the oracle for every byte written.

No expected output here comes from the code under test: written files are
compared with what ``msgcat`` makes of them, and error lines with what
``msgfmt`` reports (where this reader deliberately differs, the test says so).
"""

from __future__ import annotations

import contextlib
import random
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.catalog import Catalog, Message
from toolkit.errors import CatalogSyntaxError
from toolkit.pofile import normalize_flags, read_po, read_po_file, write_po, write_po_file

DATA = Path(__file__).parent / "data" / "pofile"
HEADER = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
)


def assert_like_msgcat(catalog: Catalog, tmp_path: Path, msgcat) -> bytes:
    """Write ``catalog``; check msgcat writes the very same bytes for that file."""
    written = write_po(catalog)
    path = tmp_path / "written.po"
    path.write_bytes(written)
    expected = msgcat(path)
    assert expected.decode(errors="replace") == written.decode(errors="replace")
    assert expected == written
    return written


def catalog_of(*messages: Message, header: str = "Content-Type: text/plain; charset=UTF-8\n"):
    return Catalog((Message(msgid="", msgstr=header), *messages))


# ---------------------------------------------------------------------------
# Writing: byte for byte what msgcat writes


@pytest.mark.parametrize("name", ["wrapping.po", "entries.po"])
def test_data_files_are_written_as_msgcat_writes_them(name, msgcat):
    path = DATA / name
    assert write_po(read_po_file(path)) == msgcat(path)


@pytest.mark.parametrize("name", ["wrapping.po", "entries.po"])
def test_round_trip_gives_an_equal_catalog(name, tmp_path, msgcat):
    catalog = read_po_file(DATA / name)
    written = assert_like_msgcat(catalog, tmp_path, msgcat)
    again = read_po(written)
    assert [strip_line(m) for m in again.messages] == [
        strip_line(m) for m in normalized(catalog).messages
    ]


def strip_line(message: Message) -> Message:
    return replace(message, line=0, msgstr_line=0)


def normalized(catalog: Catalog) -> Catalog:
    """What msgcat keeps: obsolete entries last, untranslated obsolete ones dropped."""
    live = [m for m in catalog.messages if not m.obsolete]
    obsolete = [m for m in catalog.messages if m.obsolete and m.translations[0]]

    def clean(message: Message) -> Message:
        flags = message.flags
        if not message.translations[0]:
            flags = tuple(f for f in flags if f != "fuzzy")
        if message.obsolete:
            flags = tuple(f for f in flags if not f.startswith("range:"))
        return replace(message, flags=flags)

    return catalog.replace_messages([clean(m) for m in (*live, *obsolete)])


WRAP_CASES = {
    "cjk": "高血圧は脳卒中や心臓病の主要な危険因子です。塩分を控え、定期的に運動し、"
    "医師の指示に従って薬を服用してください。",
    "arabic": "ارتفاع ضغط الدم هو عامل خطر رئيسي للسكتة الدماغية وأمراض القلب. "
    "قلل من تناول الملح ومارس الرياضة بانتظام.",
    "thai": "ความดันโลหิตสูงเป็นปัจจัยเสี่ยงสำคัญของโรคหลอดเลือดสมองและโรคหัวใจ "
    "ลดการบริโภคเกลือ ออกกำลังกายสม่ำเสมอ",
    "emoji": "Take 💊 daily 👍🏽 and drink 💧 water; call 📞 your doctor "
    "👩🏽\u200d⚕️ if the fever 🤒 lasts 🗓️ three days 🇫🇷🇩🇪.",
    "url": "Read https://www.who.int/news-room/fact-sheets/detail/hypertension"
    "?lang=en&section=prevention now",
    "long_word": "Supercalifragilisticexpialidocious" * 3 + " end",
    "hyphens": "anti-inflammatory non-steroidal well-known state-of-the-art "
    "evidence-based follow-up",
    "parentheses": "Blood pressure (systolic/diastolic) [mmHg] {normal} should stay "
    "below (130/80) mmHg.",
    "escapes": 'Quote " backslash \\ tab\there newline\nand more text after the newline to wrap it',
    "trailing_newline": "A line long enough to be wrapped somewhere before the final "
    "newline char\n",
    "nbsp": "10\u00a0mg, 20\u00a0mg, 30\u00a0mg, 40\u00a0mg, 50\u00a0mg, 60\u00a0mg, 70\u00a0mg",
    "fits_exactly": "x" * 71,
    "one_too_many": "x" * 72,
}


@pytest.mark.parametrize("text", list(WRAP_CASES.values()), ids=list(WRAP_CASES))
def test_long_strings_wrap_as_msgcat_wraps_them(text, tmp_path, msgcat):
    catalog = catalog_of(
        Message(msgid=text, msgstr=text),
        Message(msgid="context", msgctxt=text, msgstr=text, previous_msgid=text),
        Message(msgid="obsolete", msgstr=text, obsolete=True, previous_msgid=text),
        Message(msgid="plural", msgid_plural=text, msgstr_plural=(text, text)),
        Message(msgid="python", msgstr=text + " %(name)s %% {x}", flags=("python-format",)),
        Message(msgid="no wrap", msgstr=text, flags=("no-wrap",)),
    )
    assert_like_msgcat(catalog, tmp_path, msgcat)


def test_format_directives_are_never_broken(tmp_path, msgcat):
    messages = []
    for pad in range(55, 80):
        x = "x" * pad
        messages += [
            Message(msgid=f"{x} %(first-name)s", msgstr=f"{x} %(a.b)s", flags=("python-format",)),
            Message(msgid=f"{x} 50%% of %.*s", msgstr=f"{x} %1$s.%2$s", flags=("c-format",)),
            Message(
                msgid=f"a-b-c-d{x} {{a:>10}}", msgstr=f"{x} {{a.b}}", flags=("python-brace-format",)
            ),
            Message(msgid=f"{x} %2$s", msgstr=f"{x} %%.%d", flags=("javascript-format",)),
        ]
    assert_like_msgcat(catalog_of(*messages), tmp_path, msgcat)


def test_comments_references_and_flags_are_laid_out_as_msgcat_does(tmp_path, msgcat):
    references = tuple(
        f"articles/section-{n}/very-long-article-name-{n}.md:{n * 37}" for n in range(12)
    )
    catalog = catalog_of(
        Message(
            msgid="Fever",
            msgstr="Fièvre",
            translator_comments=("first", "", "  indented", "two\nlines"),
            extracted_comments=("from the heading",),
            references=(*references, "./relative.md:3", "no-line.md", references[0]),
            flags=(
                "python-format",
                "fuzzy",
                "no-python-brace-format",
                "possible-c-format",
                "range: 1..5",
                "no-wrap",
            ),
        ),
        Message(msgid="Empty", flags=("fuzzy", "c-format")),
    )
    assert_like_msgcat(catalog, tmp_path, msgcat)


def test_unknown_flags_are_kept_after_the_known_ones(tmp_path, msgcat):
    """msgcat drops flags it does not know; we keep what a translator wrote."""
    path = tmp_path / "flags.po"
    path.write_bytes(
        (
            HEADER + "#, ignore-untranslated, python-format, max-length:80, fuzzy\n"
            'msgid "a"\nmsgstr "b"\n'
        ).encode()
    )
    catalog = read_po_file(path)
    message = catalog.get("a")
    assert message.flags == ("fuzzy", "python-format", "ignore-untranslated", "max-length:80")
    assert b"#, fuzzy, python-format, ignore-untranslated, max-length:80\n" in write_po(catalog)
    assert b"#, fuzzy, python-format\n" in msgcat(path)
    # Apart from that line, the output is msgcat's.
    ours = write_po(catalog).replace(b", ignore-untranslated, max-length:80", b"")
    assert ours == msgcat(path)


def test_flags_of_several_lines_add_up():
    """gettext keeps only the last "#," line (losing "fuzzy" here); we keep all."""
    catalog = read_po((HEADER + '#, fuzzy\n#, python-format\nmsgid "a"\nmsgstr "b"\n').encode())
    assert catalog.get("a").flags == ("fuzzy", "python-format")


def test_normalize_flags_orders_as_gettext_writes():
    assert normalize_flags(["x-custom", "python-format", "fuzzy", "c-format", "wrap"]) == (
        "fuzzy",
        "c-format",
        "python-format",
        "x-custom",
    )
    assert normalize_flags(["no-wrap, range: 2..9", "possible-lisp-format"]) == (
        "lisp-format",
        "range: 2..9",
        "no-wrap",
    )


@pytest.mark.parametrize("seed", range(3))
def test_random_catalogs_are_written_as_msgcat_writes_them(seed, tmp_path, msgcat):
    catalog = random_catalog(random.Random(seed), 150)
    written = assert_like_msgcat(catalog, tmp_path, msgcat)
    assert write_po(read_po(written)) == written


PIECES = [
    "word",
    "longerword",
    " ",
    " ",
    " ",
    "-",
    "—",
    "(",
    ")",
    ".",
    ",",
    ":",
    ";",
    "/",
    "http://example.com/a/b?c=d&e=f",
    "%s",
    "%d",
    "%(name)s",
    "{name}",
    "{0}",
    "%%",
    "\n",
    "\t",
    "\\",
    '"',
    "é",
    "日本語",
    "中文字",
    "。",
    "«",
    "»",
    "مرحبا",
    "สวัสดี",
    "😀",
    "👍🏽",
    "\u00a0",
    "\u200b",
    "\u2019",
    "!",
    "?",
    "100",
    "3.5",
    "$",
    "€",
    "x" * 30,
    "\u0301",
    "한국어",
    "\r",
    "…",
]
FLAGS = [
    "fuzzy",
    "c-format",
    "python-format",
    "no-c-format",
    "python-brace-format",
    "no-wrap",
    "javascript-format",
    "range: 1..3",
]


def random_catalog(rng: random.Random, size: int) -> Catalog:
    def text(length: int = 25) -> str:
        return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, length)))

    def comment() -> str:
        return text(5).replace("\n", " ").replace("\r", " ")

    messages, seen = [], set()
    for _ in range(size):
        msgid = text() or "x"
        msgctxt = text(5) if rng.random() < 0.2 else None
        if (msgctxt, msgid) in seen:
            continue
        seen.add((msgctxt, msgid))
        fields = dict(
            msgid=msgid,
            msgctxt=msgctxt,
            obsolete=rng.random() < 0.1,
            translator_comments=tuple(comment() for _ in range(rng.randint(0, 2))),
            extracted_comments=tuple(comment() for _ in range(rng.randint(0, 1))),
            references=tuple(
                f"src/f{rng.randint(0, 30)}_{'x' * rng.randint(0, 20)}.py:{rng.randint(1, 999)}"
                for _ in range(rng.randint(0, 8))
            ),
            flags=tuple(rng.sample(FLAGS, rng.randint(0, 3))),
        )
        if rng.random() < 0.15:
            fields["previous_msgid"] = text()
        if rng.random() < 0.2:
            fields["msgid_plural"] = text() or "y"
            fields["msgstr_plural"] = (text(), text())
        else:
            fields["msgstr"] = text()
        messages.append(Message(**fields))
    return catalog_of(
        *messages,
        header=(
            "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n != 1);\n"
        ),
    )


def test_latin1_catalog_is_written_in_latin1(tmp_path, msgcat):
    catalog = catalog_of(
        Message(msgid="Fever", msgstr="Fièvre élevée, " * 8),
        header="Content-Type: text/plain; charset=ISO-8859-1\n",
    )
    written = assert_like_msgcat(catalog, tmp_path, msgcat)
    assert "Fièvre".encode("latin-1") in written
    assert read_po(written).get("Fever").msgstr == "Fièvre élevée, " * 8


def test_legacy_cjk_encoding_wraps_ambiguous_characters_as_wide(tmp_path, msgcat):
    text = "§±\u00d7÷°" * 10 + " 高血圧は危険因子です。" * 3
    catalog = catalog_of(
        Message(msgid="a", msgstr=text), header="Content-Type: text/plain; charset=EUC-JP\n"
    )
    assert_like_msgcat(catalog, tmp_path, msgcat)


def test_pot_template_with_placeholder_charset(tmp_path, msgcat):
    path = tmp_path / "messages.pot"
    path.write_bytes(
        b'# SOME DESCRIPTIVE TITLE.\n#, fuzzy\nmsgid ""\nmsgstr ""\n'
        b'"Content-Type: text/plain; charset=CHARSET\\n"\n\n'
        b'#: article.md:3\nmsgid "' + b"Blood pressure rises with age. " * 4 + b'"\nmsgstr ""\n'
    )
    assert write_po(read_po_file(path)) == msgcat(path)


def test_solaris_file_comments_become_references(tmp_path, msgcat):
    path = tmp_path / "sun.po"
    path.write_bytes(
        HEADER.encode() + b'# File: main.c, line:42\n# File: a.c, line: 3\nmsgid "a"\nmsgstr "b"\n'
    )
    catalog = read_po_file(path)
    assert catalog.get("a").references == ("main.c:42",)
    assert catalog.get("a").translator_comments == ("File: a.c, line: 3",)
    assert write_po(catalog) == msgcat(path)


def test_width_option_changes_where_lines_break():
    catalog = catalog_of(Message(msgid="word " * 20, msgstr=""))
    assert max(map(len, write_po(catalog, width=40).decode().splitlines())) <= 40


def test_write_po_file_is_atomic_and_leaves_an_unchanged_file_alone(tmp_path):
    path = tmp_path / "fr.po"
    catalog = catalog_of(Message(msgid="a", msgstr="b"))
    assert write_po_file(path, catalog) is True
    assert path.read_bytes() == write_po(catalog)
    assert write_po_file(path, catalog) is False


def test_ten_thousand_entries_are_written_and_read_back():
    """How fast is the benchmark's business (bench/run.py); here, that a big file survives."""
    catalog = random_catalog(random.Random(1), 10_000)
    written = write_po(catalog)
    again = read_po(written)
    assert write_po(again) == written

    def texts(catalog: Catalog) -> list[tuple[object, ...]]:
        return [(m.msgctxt, m.msgid, m.translations, m.obsolete) for m in catalog.messages]

    assert texts(again) == texts(normalized(catalog))


# ---------------------------------------------------------------------------
# Reading


def test_reading_keeps_file_order_header_first_and_lines():
    data = (
        HEADER
        + '# comment\nmsgid "first"\nmsgstr "1"\n\n'
        + '#~ msgid "gone"\n#~ msgstr "old"\n\n'
        + 'msgctxt "c"\nmsgid "second"\nmsgstr "2"\n'
    ).encode()
    catalog = read_po(data, "fr.po")
    assert catalog.path == "fr.po"
    assert [m.msgid for m in catalog.messages] == ["", "first", "gone", "second"]
    assert [m.line for m in catalog.messages] == [1, 7, 10, 14]
    assert catalog.header is catalog.messages[0]
    assert catalog.messages[2].obsolete


def test_reading_every_part_of_an_entry():
    catalog = read_po_file(DATA / "entries.po")
    header = catalog.header
    assert header.fuzzy and header.translator_comments[0] == "SOME DESCRIPTIVE TITLE."
    patients = catalog.get("%(count)d patients")
    assert patients.translator_comments == (
        "Translator comment",
        " indented translator comment",
        "",
    )
    assert patients.extracted_comments == ("Extracted comment for the translator",)
    assert patients.references == (
        "articles/hypertension.md:12",
        "articles/hypertension.md:40",
        "articles/diabetes.md:7",
        "articles/stroke.md:3",
    )
    assert patients.flags == ("python-format",)
    plural = catalog.get("New singular", "new context")
    assert plural.msgid_plural == "New plural"
    assert plural.msgstr_plural == ("Neu Singular", "Neu Plural")
    assert (plural.previous_msgctxt, plural.previous_msgid, plural.previous_msgid_plural) == (
        "old context",
        "Old singular",
        "Old plural",
    )
    obsolete = [m for m in catalog.messages if m.obsolete]
    assert [m.msgid for m in obsolete] == [
        "Obsolete entry",
        "Obsolete with context",
        "Obsolete plural",
        "Obsolete untranslated entries disappear",
    ]
    assert obsolete[1].msgctxt == "ctx" and obsolete[1].previous_msgid == "Old obsolete"
    assert obsolete[1].fuzzy
    assert catalog.get("Tablet", "device").msgstr == "Tablet-Computer"


def test_reader_accepts_what_msgfmt_accepts(tmp_path, msgfmt):
    accepted = {
        "plural count differs from nplurals": HEADER
        + ('msgid "a"\nmsgid_plural "b"\nmsgstr[0] "x"\nmsgstr[1] "y"\nmsgstr[2] "z"\n'),
        "no trailing newline": HEADER + 'msgid "a"\nmsgstr "b"',
        "crlf line ends": (HEADER + '# note\nmsgid "a"\nmsgstr "b"\n"c"\n').replace("\n", "\r\n"),
        "several keywords on one line": 'msgid "a" msgstr "b" "c"\n\nmsgid"d"msgstr"e"\n',
        "spaces in plural index": 'msgid "a"\nmsgid_plural "b"\nmsgstr [ 0 ] "x"\n',
        "backslash newline": 'msgid "a\\\nb"\nmsgstr "c"\n',
        "octal and hex escapes": 'msgid "a"\nmsgstr "\\101\\x42\\x4a4b\\1234"\n',
        "trailing comment": 'msgid "a"\nmsgstr "b" # note\n',
        "pot with placeholder charset": (
            'msgid ""\nmsgstr "Content-Type: text/plain; charset=CHARSET\\n"\n\n'
            'msgid "a"\nmsgstr ""\n'
        ),
        "fuzzy header": '#, fuzzy\nmsgid ""\nmsgstr "Project-Id-Version: x\\n"\n',
        "empty file": "",
        "comments only": "# just a comment\n",
    }
    for name, text in accepted.items():
        path = tmp_path / "accepted.po"
        path.write_bytes(text.encode())
        assert msgfmt("-o", "/dev/null", path).returncode == 0, name
        read_po(text.encode(), name)


def test_reading_lenient_cases_gives_the_right_content():
    assert read_po(b"").messages == ()
    crlf = read_po(b'msgid "a"\r\nmsgstr "b"\r\n"c"\r\n').get("a")
    assert crlf.msgstr == "bc"
    assert read_po(b'msgid "a\\\nb"\nmsgstr "c"\n').get("ab").msgstr == "c"
    assert read_po(b'msgid "a"\nmsgstr "\\101\\x42\\x4a4b\\1234"\n').get("a").msgstr == "ABKS4"
    bom = read_po(b"\xef\xbb\xbf" + HEADER.encode() + b'msgid "a"\nmsgstr "b"\n')
    assert bom.get("a").msgstr == "b"


def test_charset_comes_from_the_header():
    latin1 = (
        'msgid ""\nmsgstr "Content-Type: text/plain; charset=ISO-8859-1\\n"\n\n'
        'msgid "fever"\nmsgstr "fièvre \\351"\n'
    ).encode("latin-1")
    assert read_po(latin1).get("fever").msgstr == "fièvre é"
    euc = (
        'msgid ""\nmsgstr "Content-Type: text/plain; charset=EUC-JP\\n"\n\n'
        'msgid "fever"\nmsgstr "発熱"\n'
    ).encode("euc-jp")
    assert read_po(euc).get("fever").msgstr == "発熱"
    late = (
        "# A comment that says msgstr\n\n"
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n\n'
        'msgid "fever"\nmsgstr "fièvre"\n'
    ).encode("latin-1")
    assert read_po(late).get("fever").msgstr == "fièvre"


def test_bad_bytes_in_a_comment_are_tolerated_as_msgfmt_does():
    catalog = read_po(HEADER.encode() + b'# caf\xe9\nmsgid "a"\nmsgstr "b"\n')
    assert catalog.get("a").translator_comments == ("caf\ufffd",)


MALFORMED = [
    # (name, content, line, message): lines and wording as msgfmt reports them.
    ("junk", 'msgid "a"\nmsgstr "b"\n]\n', 3, "syntax error"),
    ("bad escape", 'msgid "a"\nmsgstr "b\\q"\n', 2, "invalid control sequence"),
    ("msgstr first", 'msgstr "b"\nmsgid "a"\n', 1, "syntax error"),
    ("singular after plural", 'msgid "a"\nmsgid_plural "b"\nmsgstr "c"\n', 3, "syntax error"),
    ("msgstr after msgctxt", 'msgctxt "c"\nmsgstr "x"\n', 2, "syntax error"),
    ("missing msgstr", 'msgid "a"\n\nmsgid "b"\nmsgstr ""\n', 1, "missing 'msgstr' section"),
    ("missing msgid_plural", 'msgid "a"\nmsgstr[0] "b"\n', 1, "missing 'msgid_plural' section"),
    (
        "missing msgstr[]",
        'msgid "a"\nmsgid_plural "b"\n\nmsgid "c"\nmsgstr ""\n',
        1,
        "missing 'msgstr[]' section",
    ),
    (
        "wrong plural index",
        'msgid "a"\nmsgid_plural "b"\nmsgstr[0] "x"\nmsgstr[2] "y"\n',
        4,
        "plural form has wrong index",
    ),
    (
        "nonzero first index",
        'msgid "a"\nmsgid_plural "b"\nmsgstr[1] "x"\n',
        3,
        "first plural form has nonzero index",
    ),
    (
        "duplicate",
        HEADER + 'msgctxt "c"\nmsgid "a"\nmsgstr "x"\n\nmsgctxt "c"\nmsgid "a"\nmsgstr "y"\n',
        11,
        "duplicate message definition",
    ),
    ("inconsistent #~", '#~ msgid "a"\nmsgstr "b"\n', 2, "inconsistent use of #~"),
    (
        "unknown keyword",
        'msgid "a"\nmsgstr "b"\n\nmsgide "c"\nmsgstr ""\n',
        4,
        'keyword "msgide" unknown',
    ),
    (
        "context separator",
        'msgid "a\x04b"\nmsgstr ""\n',
        1,
        "context separator <EOT> within string",
    ),
    (
        "escaped context separator",
        'msgid "a\\x04"\nmsgstr ""\n',
        1,
        "context separator <EOT> within string",
    ),
    ("comment inside an entry", 'msgid "a"\n# note\nmsgstr "b"\n', 1, "missing 'msgstr' section"),
    (
        "comment after previous",
        '#| msgid "old"\n#: file.c:1\nmsgid "new"\nmsgstr ""\n',
        3,
        "syntax error",
    ),
    ("comment after msgid", 'msgid "a" # note\nmsgstr "b"\n', 1, "missing 'msgstr' section"),
    ("end of file after keyword", 'msgid "a"\nmsgstr', 2, "syntax error"),
    ("end of file after msgid", 'msgid "a"', 1, "missing 'msgstr' section"),
    ("string first", '"a"\n', 1, "syntax error"),
]


@pytest.mark.parametrize(
    ("name", "content", "line", "message"), MALFORMED, ids=[case[0] for case in MALFORMED]
)
def test_malformed_input_names_its_line(name, content, line, message):
    with pytest.raises(CatalogSyntaxError) as caught:
        read_po(content.encode(), "bad.po")
    assert (caught.value.line, caught.value.message) == (line, message)
    assert caught.value.path == "bad.po"


@pytest.mark.parametrize(
    ("name", "content", "line", "message"), MALFORMED, ids=[case[0] for case in MALFORMED]
)
def test_msgfmt_reports_the_same_first_error(name, content, line, message, tmp_path, msgfmt):
    path = tmp_path / "bad.po"
    path.write_bytes(content.encode())
    result = msgfmt("-o", "/dev/null", path)
    assert result.returncode != 0
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"{path}:{line}:")
    assert message in first


def test_unterminated_string_names_the_line_of_the_string():
    """msgfmt names the line after (its lexer has read the newline); we name the string's."""
    with pytest.raises(CatalogSyntaxError) as caught:
        read_po(b'msgid "a"\nmsgstr "b\n\nmsgid "c"\nmsgstr ""\n')
    assert (caught.value.line, caught.value.message) == (2, "end-of-line within string")


def test_bytes_not_in_the_declared_charset_name_their_line():
    with pytest.raises(CatalogSyntaxError) as caught:
        read_po(HEADER.encode() + b'msgid "a"\nmsgstr "caf\xe9"\n')
    assert caught.value.line == 7
    assert "invalid multibyte sequence" in caught.value.message


def test_unknown_charset_is_an_error():
    data = b'msgid ""\nmsgstr "Content-Type: text/plain; charset=NO-SUCH-9\\n"\n'
    with pytest.raises(CatalogSyntaxError) as caught:
        read_po(data)
    assert caught.value.line == 1 and "NO-SUCH-9" in caught.value.message


def test_domain_directives_are_refused():
    with pytest.raises(CatalogSyntaxError) as caught:
        read_po(b'domain "medical"\nmsgid "a"\nmsgstr "b"\n')
    assert caught.value.line == 1


def test_missing_file_is_a_toolkit_error(tmp_path):
    with pytest.raises(CatalogSyntaxError):
        read_po_file(tmp_path / "missing.po")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_raise_nothing_but_catalog_syntax_errors(data):
    with contextlib.suppress(CatalogSyntaxError):
        read_po(data)


TOKENS = [
    b"msgid",
    b"msgstr",
    b"msgctxt",
    b"msgid_plural",
    b"msgstr[0]",
    b"msgstr[1]",
    b'"',
    b'"a"',
    b'""',
    b"\\",
    b"\\n",
    b"\\x4",
    b"\\7",
    b"#",
    b"#~",
    b"#|",
    b"#,",
    b"#:",
    b"#.",
    b"fuzzy",
    b"charset=",
    b"\n",
    b"\r\n",
    b" ",
    b"[",
    b"]",
    b"0",
    b"\xc3",
    b"\xa9",
    b"\x00",
    b"\x04",
    b"domain",
    b":",
    b",",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=60))
def test_po_like_garbage_raises_nothing_but_catalog_syntax_errors(tokens):
    try:
        catalog = read_po(HEADER.encode() + b"".join(tokens))
    except CatalogSyntaxError:
        return
    write_po(catalog)


def test_header_language_reads_only_the_header(tmp_path):
    from toolkit.pofile import header_language

    latin = tmp_path / "latin.po"
    latin.write_bytes(
        b'msgid ""\nmsgstr ""\n"Language: pt_BR\\n"\n'
        b'"Content-Type: text/plain; charset=ISO-8859-1\\n"\n\n'
        b'msgid "a"\nmsgstr "\xe9"\n\nmsgid "broken\n'
    )
    assert header_language(latin) == "pt_BR"
    headless = tmp_path / "headless.po"
    headless.write_text('msgid "a"\nmsgstr "b"\n', encoding="utf-8")
    assert header_language(headless) is None
    assert header_language(tmp_path / "missing.po") is None
