"""Reading and writing PO and POT files, byte for byte as GNU gettext writes them.

``read_po`` accepts what GNU ``msgfmt`` accepts and turns anything else into a
``CatalogSyntaxError`` naming the line, worded as msgfmt words it. It reads the
common shape of PO files line by line with a few regular expressions, and
leaves anything unusual (several keywords on a line, continued lines, errors)
to a port of gettext's grammar.

``write_po`` produces exactly the bytes ``msgcat`` (gettext 0.21) prints for a
file holding the same catalog, long strings wrapped where gettext wraps them
(UAX #14 as libunistring 1.0 implements it: ``toolkit.linebreak``; never inside
an escape sequence or a format directive), so that a catalog that goes through
this toolkit and through gettext's tools never shows a spurious diff. Like
msgcat, it normalizes:

* obsolete entries go last, and one without a translation is dropped;
* ``fuzzy`` is dropped from an entry without a translation, and a ``range:``
  from an obsolete entry;
* known flags come in gettext's order, the last of contradicting ones wins,
  and those that say nothing (``wrap``, ``impossible-c-format``, an invalid
  range) are dropped; ``possible-x-format`` is written ``x-format``;
* references are written ``file:line``, without a leading ``./`` and without
  repeats, filling ``#:`` lines up to the page width;
* previous strings (``#|``) are written only with a previous msgid, which
  gettext's grammar requires.

Deliberate deviations from gettext 0.21, on the side of keeping what a
translator wrote or of reporting errors usefully:

* Flags gettext does not know (``ignore-untranslated``, Weblate's
  ``max-length:80``, the syntax checks msgcat 0.21 reads but never writes)
  are kept, after the known ones, in their original order; msgcat drops them.
* Several ``#,`` lines on one entry add up; gettext keeps only the last line,
  losing for instance a ``fuzzy`` written on a line of its own.
* A UTF-8 byte-order mark is skipped (gettext rejects it). A file without a
  header entry, or whose header says ``charset=CHARSET``, is read and written
  as UTF-8 (gettext reads its bytes as they are, and msgcat refuses to write
  non-ASCII ones). Bytes that are not in the file's charset are an error in
  strings, as in gettext, and become U+FFFD in comments, which gettext does
  not check. A charset name gettext does not know but Python does is read.
* A ``domain`` directive is refused (a ``Catalog`` holds one domain).
* An unterminated string is reported on its own line (msgfmt names the next).
* A comment line ending in a backslash is written with a space after it, since
  gettext would join the next line to it; CRLF comment lines lose their CR.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from toolkit import linebreak
from toolkit.catalog import FUZZY, Catalog, Message
from toolkit.errors import CatalogSyntaxError
from toolkit.fileio import write_atomic
from toolkit.formats import directive_positions

__all__ = [
    "normalize_flags",
    "read_po",
    "read_po_file",
    "write_po",
    "write_po_file",
]

# ---------------------------------------------------------------------------
# Character sets

#: The encodings gettext knows (po-charset.c), by canonical name, with the
#: Python codec for each (None: Python has none).
_CHARSETS: dict[str, str | None] = {
    "ASCII": "ascii",
    "ISO-8859-1": "iso8859-1",
    "ISO-8859-2": "iso8859-2",
    "ISO-8859-3": "iso8859-3",
    "ISO-8859-4": "iso8859-4",
    "ISO-8859-5": "iso8859-5",
    "ISO-8859-6": "iso8859-6",
    "ISO-8859-7": "iso8859-7",
    "ISO-8859-8": "iso8859-8",
    "ISO-8859-9": "iso8859-9",
    "ISO-8859-13": "iso8859-13",
    "ISO-8859-14": "iso8859-14",
    "ISO-8859-15": "iso8859-15",
    "KOI8-R": "koi8-r",
    "KOI8-U": "koi8-u",
    "KOI8-T": "koi8-t",
    "CP850": "cp850",
    "CP866": "cp866",
    "CP874": "cp874",
    "CP932": "cp932",
    "CP949": "cp949",
    "CP950": "cp950",
    "CP1250": "cp1250",
    "CP1251": "cp1251",
    "CP1252": "cp1252",
    "CP1253": "cp1253",
    "CP1254": "cp1254",
    "CP1255": "cp1255",
    "CP1256": "cp1256",
    "CP1257": "cp1257",
    "GB2312": "gb2312",
    "EUC-JP": "euc-jp",
    "EUC-KR": "euc-kr",
    "EUC-TW": None,
    "BIG5": "big5",
    "BIG5-HKSCS": "big5hkscs",
    "GBK": "gbk",
    "GB18030": "gb18030",
    "SHIFT_JIS": "shift_jis",
    "JOHAB": "johab",
    "TIS-620": "tis-620",
    "VISCII": None,
    "GEORGIAN-PS": None,
    "UTF-8": "utf-8",
}
_ALIASES = {
    **{name.lower(): name for name in _CHARSETS},
    "ansi_x3.4-1968": "ASCII",
    "us-ascii": "ASCII",
    **{f"iso_8859-{n}": f"ISO-8859-{n}" for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 14, 15)},
}
_CHARSET_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:+-]*\Z")
#: What the header says when nobody filled it in (xgettext's POT template).
_PLACEHOLDER = "CHARSET"


def _canonical_charset(name: str) -> str | None:
    """gettext's name for the encoding ``name``, if gettext knows it."""
    return _ALIASES.get(name.lower())


def _header_charset(msgstr: str) -> str | None:
    """The ``charset=`` value of a header, found as gettext finds it."""
    start = msgstr.find("charset=")
    if start < 0:
        return None
    match = re.match(r"[^ \t\n]*", msgstr[start + 8 :])
    return match.group(0) if match else ""


_ASCII_PROBE = bytes(range(0x20, 0x7F)) + b"\t\n\r"


def _ascii_compatible(codec: str) -> bool:
    """Whether ``codec`` reads and writes ASCII as ASCII (as PO syntax needs)."""
    text = _ASCII_PROBE.decode("ascii")
    try:
        return _ASCII_PROBE.decode(codec) == text and text.encode(codec) == _ASCII_PROBE
    except (UnicodeError, LookupError, ValueError, TypeError):
        return False


@dataclass(frozen=True)
class _Charset:
    """How a file is encoded: gettext's name (for wrapping) and Python's codec."""

    name: str
    codec: str


_UTF8 = _Charset("UTF-8", "utf-8")


def _charset_of(declared: str | None, path: str | None, line: int | None) -> _Charset:
    """The encoding a header declares; UTF-8 when it declares none."""
    if declared is None or declared == _PLACEHOLDER or declared == "":
        return _UTF8
    canonical = _canonical_charset(declared)
    if canonical is not None:
        codec = _CHARSETS[canonical]
        if codec is None:
            raise CatalogSyntaxError(f'charset "{declared}" is not supported', path, line)
        return _Charset(canonical, codec)
    try:
        info = codecs.lookup(declared) if _CHARSET_NAME.match(declared) else None
    except LookupError:
        info = None
    if info is None or not getattr(info, "_is_text_encoding", True):
        raise CatalogSyntaxError(f'unknown charset "{declared}"', path, line)
    codec = info.name
    if not _ascii_compatible(codec):
        raise CatalogSyntaxError(
            f'charset "{declared}" is not supported (PO files need ASCII-compatible ones)',
            path,
            line,
        )
    # Not a name gettext knows (it warns that it is not portable) but one Python
    # knows: read it; gettext would wrap its non-ASCII strings nowhere.
    return _Charset(declared, codec)


# ---------------------------------------------------------------------------
# Flags

#: Format languages in the order gettext 0.21 writes their flags.
FORMAT_LANGUAGES = (
    "c",
    "objc",
    "python",
    "python-brace",
    "java",
    "java-printf",
    "csharp",
    "javascript",
    "scheme",
    "lisp",
    "elisp",
    "librep",
    "ruby",
    "sh",
    "awk",
    "lua",
    "object-pascal",
    "smalltalk",
    "qt",
    "qt-plural",
    "kde",
    "kde-kuit",
    "boost",
    "tcl",
    "perl",
    "perl-brace",
    "php",
    "gcc-internal",
    "gfc-internal",
    "ycp",
)
_FORMAT_INDEX = {language: index for index, language in enumerate(FORMAT_LANGUAGES)}
_FLAG_SEPARATORS = re.compile(r"[\n \t\r\f\v,]+")
_RANGE = re.compile(r"([0-9]+)\.\.([0-9]+)")
_INT_MAX = 2**31 - 1


@dataclass
class _Flags:
    """Flags as gettext understands them, plus the ones it does not know."""

    fuzzy: bool = False
    formats: dict[str, str] | None = None  # language -> "yes", "no", "possible"
    range: tuple[int, int] | None = None
    no_wrap: bool | None = None
    unknown: list[str] | None = None

    def add(self, text: str) -> None:
        """Take in the flags of one ``#,`` line (or of one flag string)."""
        tokens = [token for token in _FLAG_SEPARATORS.split(text) if token]
        index = 0
        while index < len(tokens):
            token = tokens[index]
            index += 1
            if token == FUZZY:
                self.fuzzy = True
            elif token.endswith("-format") and self._add_format(token[:-7]):
                pass
            elif token == "range:" or token.startswith("range:"):
                if token == "range:":
                    value = tokens[index] if index < len(tokens) else ""
                    index += 1
                    self._add_range(value)
                else:
                    self._add_unknown(token)
            elif token == "wrap":
                self.no_wrap = False
            elif token == "no-wrap":
                self.no_wrap = True
            else:
                self._add_unknown(token)

    def _add_format(self, name: str) -> bool:
        value = "yes"
        for prefix, meaning in (
            ("no-", "no"),
            ("possible-", "possible"),
            ("impossible-", "impossible"),
        ):
            if name.startswith(prefix):
                name, value = name[len(prefix) :], meaning
                break
        if name not in _FORMAT_INDEX:
            return False
        if self.formats is None:
            self.formats = {}
        self.formats[name] = value
        return True

    def _add_range(self, value: str) -> None:
        match = _RANGE.match(value)
        if match:
            low = min(int(match.group(1)), _INT_MAX)
            high = min(int(match.group(2)), _INT_MAX)
            if low <= high:
                self.range = (low, high)

    def _add_unknown(self, token: str) -> None:
        if self.unknown is None:
            self.unknown = []
        if token not in self.unknown:
            self.unknown.append(token)

    def known(self, with_fuzzy: bool = True, with_range: bool = True) -> list[str]:
        """The flags gettext writes, in its order."""
        result = [FUZZY] if self.fuzzy and with_fuzzy else []
        if self.formats:
            for language in sorted(self.formats, key=_FORMAT_INDEX.__getitem__):
                value = self.formats[language]
                if value == "no":
                    result.append(f"no-{language}-format")
                elif value != "impossible":
                    result.append(f"{language}-format")
        if self.range is not None and with_range:
            result.append(f"range: {self.range[0]}..{self.range[1]}")
        if self.no_wrap:
            result.append("no-wrap")
        return result

    def as_tuple(self) -> tuple[str, ...]:
        return (*self.known(), *(self.unknown or ()))

    def format_language(self) -> str | None:
        """The first format (in gettext's order) the string may be in."""
        if self.formats:
            for language in FORMAT_LANGUAGES:
                if self.formats.get(language) in ("yes", "possible"):
                    return language
        return None


def normalize_flags(flags: Iterable[str]) -> tuple[str, ...]:
    """``flags`` as the reader returns them: gettext's known flags in its order, then the rest.

    ``fuzzy`` comes first, then format flags in gettext's order of languages
    (``possible-x-format`` becomes ``x-format``), ``range: a..b`` and
    ``no-wrap``; the last of contradicting flags wins. Flags gettext does not
    know follow, once each, in their order.
    """
    state = _Flags()
    for flag in flags:
        state.add(flag)
    return state.as_tuple()


# ---------------------------------------------------------------------------
# References


def _parse_references(text: str) -> Iterator[tuple[str, int | None]]:
    """The (file, line) pairs of a ``#:`` comment, split as gettext splits them."""
    length = len(text)
    pos = 0
    while pos < length:
        while pos < length and text[pos] in " \t\n":
            pos += 1
        if pos >= length:
            return
        start = pos
        pos += 1
        while pos < length and text[pos] not in " \t\n":
            pos += 1
        end = pos
        # "FILE : LINE" or "FILE: LINE", with spaces.
        p = pos
        while p < length and text[p] in " \t\n":
            p += 1
        if p < length and text[p] == ":":
            p += 1
            while p < length and text[p] in " \t\n":
                p += 1
            digits = _leading_digits(text, p)
            if digits and (p + len(digits) >= length or text[p + len(digits)] in " \t\n"):
                yield text[start:end], int(digits)
                pos = p + len(digits)
                continue
        if text[end - 1] == ":":
            p = pos
            while p < length and text[p] in " \t\n":
                p += 1
            digits = _leading_digits(text, p)
            if digits and (p + len(digits) >= length or text[p + len(digits)] in " \t\n"):
                yield text[start : end - 1], int(digits)
                pos = p + len(digits)
                continue
        # "FILE:LINE".
        p = end
        while p > start and text[p - 1].isascii() and text[p - 1].isdigit():
            p -= 1
        if start + 1 < p < end and text[p - 1] == ":":
            yield text[start : p - 1], int(text[p:end])
            continue
        yield text[start:end], None


def _leading_digits(text: str, pos: int) -> str:
    end = pos
    while end < len(text) and "0" <= text[end] <= "9":
        end += 1
    return text[pos:end]


def _parse_solaris_reference(comment: str) -> tuple[str, int] | None:
    """``# File: name, line: 12`` (SunOS) or ``line number: 12`` (Solaris)."""
    match = _SOLARIS.match(comment)
    if match is None:
        return None
    return match.group(1), int(match.group(2))


_SOLARIS = re.compile(
    r" [Ff]ile:[ \t]*(.*?)[ \t]*,[ \t]*line[ \t]*(?:number[ \t]*)?:([0-9]+)[ \t\n]*\Z",
    re.DOTALL,
)


class _References:
    """The file positions of one entry, without repeats, as gettext keeps them."""

    __slots__ = ("items", "seen")

    def __init__(self) -> None:
        self.items: list[tuple[str, int | None]] = []
        self.seen: set[tuple[str, int | None]] = set()

    def add(self, file: str, line: int | None) -> None:
        key = (file, line)
        if key not in self.seen:
            self.seen.add(key)
            self.items.append(key)

    def as_tuple(self) -> tuple[str, ...]:
        return tuple(_format_reference(file, line) for file, line in self.items)


def _format_reference(file: str, line: int | None) -> str:
    while file.startswith("./"):
        file = file[2:]
    return file if line is None else f"{file}:{line}"


# ---------------------------------------------------------------------------
# Reading

# Token kinds.
_MSGCTXT, _MSGID, _MSGID_PLURAL, _MSGSTR, _STRING = range(5)
_PREV_MSGCTXT, _PREV_MSGID, _PREV_MSGID_PLURAL, _PREV_STRING = range(5, 9)
_LBRACKET, _RBRACKET, _NUMBER, _COMMENT, _DOMAIN, _EOF, _JUNK = range(9, 16)

_KEYWORDS = {
    "msgctxt": _MSGCTXT,
    "msgid": _MSGID,
    "msgid_plural": _MSGID_PLURAL,
    "msgstr": _MSGSTR,
    "domain": _DOMAIN,
}
_PREV_KEYWORDS = {
    "msgctxt": _PREV_MSGCTXT,
    "msgid": _PREV_MSGID,
    "msgid_plural": _PREV_MSGID_PLURAL,
}

_STRING_BODY = r'"([^"\\]*(?:\\.[^"\\]*)*)"'
#: The lines almost every PO file is made of, read in one match.
_FAST_KEYWORD = re.compile(
    r"(msgctxt|msgid_plural|msgid|msgstr)(?:\[([0-9]+)\])? " + _STRING_BODY + r"[ \t\r]*\Z"
)
_FAST_STRING = re.compile(_STRING_BODY + r"[ \t\r]*\Z")
#: Everything else, token by token, as gettext's lexer reads it.
_TOKEN = re.compile(
    r"[ \t\r\f\v]*(?:"
    + _STRING_BODY.replace("(", "(?P<string>", 1)
    + r"|(?P<word>[A-Za-z_$][A-Za-z0-9_$]*)|(?P<number>[0-9]+)|(?P<other>.)|\Z)",
    re.DOTALL,
)
_ESCAPE = re.compile(r"\\(?:([ntbrfva\"\\])|([0-7]{1,3})|x([0-9A-Fa-f]+)|(.))", re.DOTALL)
_SIMPLE_ESCAPES = {
    "n": "\n",
    "t": "\t",
    "b": "\b",
    "r": "\r",
    "f": "\f",
    "v": "\v",
    "a": "\a",
    '"': '"',
    "\\": "\\",
}


class _Reader:
    """A PO file's text turned into messages, by gettext's grammar."""

    def __init__(self, text: str, path: str | None, charset: _Charset, first_line: int = 0) -> None:
        self.text = text
        self.path = path
        self.charset = charset
        #: Lines of the file before ``text`` (a part of a file read piece by piece).
        self.first_line = first_line
        self.messages: list[Message] = []
        self.check_controls = "\x00" in text or "\x04" in text
        self.carry_previous = False

    def error(self, message: str, line: int) -> CatalogSyntaxError:
        return CatalogSyntaxError(message, self.path, line)

    # -- strings ------------------------------------------------------------

    def unescape(self, body: str, line: int) -> str:
        escaped = "\\" in body
        if escaped:
            body = self._unescape(body, line)
        if self.check_controls or escaped:
            if "\x04" in body:
                raise self.error("context separator <EOT> within string", line)
            if "\x00" in body:
                # gettext keeps C strings: a NUL ends the string.
                body = body[: body.index("\x00")]
        return body

    def _unescape(self, body: str, line: int) -> str:
        pieces: list[str | bytes] = []
        has_bytes = False
        position = 0
        for match in _ESCAPE.finditer(body):
            pieces.append(body[position : match.start()])
            position = match.end()
            simple, octal, hexadecimal, bad = match.groups()
            if simple is not None:
                pieces.append(_SIMPLE_ESCAPES[simple])
                continue
            if bad is not None:
                raise self.error("invalid control sequence", line)
            value = (int(octal, 8) if octal is not None else int(hexadecimal, 16)) & 0xFF
            if value < 0x80:
                pieces.append(chr(value))
            else:
                pieces.append(bytes([value]))
                has_bytes = True
        pieces.append(body[position:])
        if not has_bytes:
            return "".join(pieces)  # type: ignore[arg-type]
        # Octal and hex escapes give bytes in the file's encoding.
        codec = self.charset.codec
        raw = b"".join(p if isinstance(p, bytes) else p.encode(codec) for p in pieces)
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            raise self.error(
                f"escape sequences give bytes that are not valid {self.charset.name}", line
            ) from None

    # -- tokens -------------------------------------------------------------

    def tokens(self) -> Iterator[tuple[int, object, int, bool]]:
        """(kind, value, line, obsolete) for every token of the file, then EOF."""
        lines = self.text.split("\n")
        line = self.first_line
        fast_keyword = _FAST_KEYWORD.match
        fast_string = _FAST_STRING.match
        unescape = self.unescape
        for raw in lines:
            line += 1
            if not raw:
                self.carry_previous = False
                continue
            if self.carry_previous:
                yield from self.line_tokens(raw, line)
                continue
            first = raw[0]
            if first == '"':
                match = fast_string(raw)
                if match:
                    yield _STRING, unescape(match.group(1), line), line, False
                    continue
            elif first == "m":
                match = fast_keyword(raw)
                if match:
                    keyword, index, body = match.groups()
                    yield _KEYWORDS[keyword], None, line, False
                    if index is not None:
                        if keyword != "msgstr":
                            raise self.error("syntax error", line)
                        yield _LBRACKET, None, line, False
                        yield _NUMBER, int(index), line, False
                        yield _RBRACKET, None, line, False
                    yield _STRING, unescape(body, line), line, False
                    continue
            elif first == "#" and len(raw) > 1 and raw[1] not in "~|":
                yield _COMMENT, raw[1:], line, False
                continue
            yield from self.line_tokens(raw, line)
        yield _EOF, None, line, False

    def line_tokens(self, raw: str, line: int) -> Iterator[tuple[int, object, int, bool]]:
        """The tokens of one line, the slow and general way."""
        obsolete = False
        previous = self.carry_previous
        self.carry_previous = False
        position = 0
        length = len(raw)
        while True:
            match = _TOKEN.match(raw, position)
            assert match is not None  # the pattern matches the empty end
            position = match.end()
            kind = match.lastgroup
            if kind is None:
                return
            if kind == "string":
                value = self.unescape(match.group("string"), line)
                yield (_PREV_STRING if previous else _STRING), value, line, obsolete
            elif kind == "word":
                word = match.group("word")
                keyword = (_PREV_KEYWORDS if previous else _KEYWORDS).get(word)
                if keyword is None:
                    raise self.error(f'keyword "{word}" unknown', line)
                yield keyword, None, line, obsolete
            elif kind == "number":
                yield _NUMBER, int(match.group("number")), line, obsolete
            else:
                char = match.group("other")
                if char == "#":
                    following = raw[position : position + 1]
                    if following == "~":
                        obsolete = True
                        position += 1
                        if raw[position : position + 1] == "|":
                            previous = True
                            position += 1
                    elif following == "|":
                        previous = True
                        position += 1
                    else:
                        # gettext forgets "#|" at a line's end, except when a
                        # comment took the line's end: then it lasts a line more.
                        self.carry_previous = previous
                        yield _COMMENT, raw[position:], line, obsolete
                        return
                elif char == "[":
                    yield _LBRACKET, None, line, obsolete
                elif char == "]":
                    yield _RBRACKET, None, line, obsolete
                elif char == '"':
                    # An unterminated string: gettext meets its bad escapes first.
                    self._check_escapes(raw[position:], line)
                    raise self.error("end-of-line within string", line)
                else:
                    yield _JUNK, char, line, obsolete
            if position >= length:
                return

    def _check_escapes(self, rest: str, line: int) -> None:
        for match in _ESCAPE.finditer(rest):
            if match.group(4) is not None:
                raise self.error("invalid control sequence", line)

    # -- grammar ------------------------------------------------------------

    def parse(self, first_only: bool = False) -> list[Message]:
        """Every message of the file, header first when it has one."""
        comments = _Comments()
        seen: dict[tuple[str | None, str], int] = {}
        entry: _Entry | None = None
        state = _IDLE
        tokens = self.tokens()
        for kind, value, line, obsolete in tokens:
            while True:  # a token that ends a message is looked at again
                if state == _IDLE:
                    if kind == _COMMENT:
                        comments.add(value)  # type: ignore[arg-type]
                    elif kind == _EOF:
                        return self.messages
                    elif kind == _MSGID:
                        entry = _Entry(obsolete, line, comments)
                        state = _ID
                    elif kind == _MSGCTXT:
                        entry = _Entry(obsolete, line, comments)
                        state = _CTXT
                    elif kind == _PREV_MSGID:
                        entry = _Entry(obsolete, line, comments)
                        state = _PREV_ID
                    elif kind == _PREV_MSGCTXT:
                        entry = _Entry(obsolete, line, comments)
                        state = _PREV_CTXT
                    elif kind == _DOMAIN:
                        raise self.error("domain directives are not supported", line)
                    else:
                        raise self.syntax_error(kind, line)
                    if entry is not None and state != _IDLE and comments is entry.comments:
                        comments = _Comments()
                    break
                assert entry is not None
                if kind in _STRING_KINDS:
                    if obsolete != entry.obsolete:
                        raise self.error("inconsistent use of #~", line)
                    if (kind == _PREV_STRING) != (state in _PREV_STATES):
                        raise self.syntax_error(kind, line)
                    if state in _EXPECTING_STRING:
                        entry.start_string(state, value)  # type: ignore[arg-type]
                        state = _EXPECTING_STRING[state]
                    elif state in _COLLECTING:
                        entry.append(value)  # type: ignore[arg-type]
                    else:
                        raise self.syntax_error(kind, line)
                    break
                if state in _EXPECTING_STRING:
                    if state == _MSGSTR_OR_FORM and kind == _LBRACKET:
                        raise self.error("missing 'msgid_plural' section", entry.line)
                    raise self.syntax_error(kind, line)
                entry.store()
                if state in (_MSGSTR_S, _FORM_STRING_S):
                    if kind == _MSGSTR and state == _FORM_STRING_S:
                        if obsolete != entry.obsolete:
                            raise self.error("inconsistent use of #~", line)
                        state = _FORM
                        break
                    self.finish(entry, seen)
                    entry = None
                    state = _IDLE
                    if first_only:
                        return self.messages
                    continue  # look at this token again, between messages
                if kind in _KEYWORD_KINDS and obsolete != entry.obsolete:
                    raise self.error("inconsistent use of #~", line)
                # The strings of a keyword are complete: what may come next?
                if state == _PREV_CTXT_S:
                    if kind != _PREV_MSGID:
                        raise self.syntax_error(kind, line)
                    state = _PREV_ID
                elif state in (_PREV_ID_S, _PREV_PLURAL_S):
                    if kind == _PREV_MSGID_PLURAL and state == _PREV_ID_S:
                        state = _PREV_PLURAL
                    elif kind == _MSGID:
                        entry.line = line
                        entry.obsolete = obsolete
                        state = _ID
                    elif kind == _MSGCTXT:
                        entry.obsolete = obsolete
                        state = _CTXT
                    else:
                        raise self.syntax_error(kind, line)
                elif state == _CTXT_S:
                    if kind != _MSGID:
                        raise self.syntax_error(kind, line)
                    entry.line = line
                    state = _ID
                elif state == _ID_S:
                    if kind == _MSGSTR:
                        entry.msgstr_line = line
                        state = _MSGSTR_OR_FORM
                    elif kind == _MSGID_PLURAL:
                        state = _PLURAL
                    else:
                        raise self.error("missing 'msgstr' section", entry.line)
                elif state == _PLURAL_S:
                    if kind != _MSGSTR:
                        raise self.error("missing 'msgstr[]' section", entry.line)
                    entry.msgstr_line = line
                    state = _FORM
                elif state == _FORM:
                    if kind != _LBRACKET:
                        raise self.syntax_error(kind, line)
                    state = _FORM_INDEX
                elif state == _FORM_INDEX:
                    if kind != _NUMBER:
                        raise self.syntax_error(kind, line)
                    expected = len(entry.forms)
                    if value != expected:
                        raise self.error(
                            "first plural form has nonzero index"
                            if expected == 0
                            else "plural form has wrong index",
                            line,
                        )
                    state = _FORM_CLOSE
                elif state == _FORM_CLOSE:
                    if kind != _RBRACKET:
                        raise self.syntax_error(kind, line)
                    state = _FORM_STRING
                else:
                    raise self.syntax_error(kind, line)
                break
        return self.messages

    def syntax_error(self, kind: int, line: int) -> CatalogSyntaxError:
        # gettext reports where its lexer stands: after a comment, on the next line.
        return self.error("syntax error", line + 1 if kind == _COMMENT else line)

    def finish(self, entry: _Entry, seen: dict[tuple[str | None, str], int]) -> None:
        message = entry.message()
        if not message.obsolete:
            key = message.key
            if key in seen:
                raise self.error("duplicate message definition", message.line)
            seen[key] = message.line
        self.messages.append(message)


#: How a continuation string line begins, by (obsolete, previous).
_CONTINUATION = {
    (False, False): '"',
    (False, True): '#| "',
    (True, False): '#~ "',
    (True, True): '#~| "',
}


class _Unusual(Exception):
    """The fast reader met something it leaves to the general one."""


_REFERENCE_TOKENS = re.compile(r"[^ \t\n]+")
_REFERENCE_WITH_LINE = re.compile(r"(.+):([0-9]+)\Z", re.DOTALL)
_flag_cache: dict[str, tuple[str, ...]] = {}


def _flags_of(texts: list[str]) -> tuple[str, ...]:
    """The normalized flags of an entry's ``#,`` lines (without their ``#,``)."""
    key = texts[0] if len(texts) == 1 else ",".join(texts)
    flags = _flag_cache.get(key)
    if flags is None:
        state = _Flags()
        state.add(key)
        flags = state.as_tuple()
        if len(_flag_cache) < 4096:
            _flag_cache[key] = flags
    return flags


#: References that need gettext's full parsing: "file : 12", "file: 12",
#: "./file", "file:007".
_UNUSUAL_REFERENCES = re.compile(r"(?:^|[ \t]):|:(?:[ \t]|\Z)|(?:^|[ \t])\./|:0[0-9]")


def _references_of(texts: list[str]) -> tuple[str, ...]:
    """The normalized references of an entry's ``#:`` lines (without their ``#:``)."""
    text = texts[0] if len(texts) == 1 else " ".join(texts)
    if (
        "./" in text
        or ":0" in text
        or ": " in text
        or " :" in text
        or "\t" in text
        or text[:1] == ":"
        or text[-1:] == ":"
    ) and _UNUSUAL_REFERENCES.search(text):
        positions = _References()
        for file, line in _parse_references(text):
            positions.add(file, line)
        return positions.as_tuple()
    # Each token is already written as gettext writes it back.
    tokens = _REFERENCE_TOKENS.findall(text)
    if len(tokens) > 1 and len(set(tokens)) < len(tokens):
        return tuple(dict.fromkeys(tokens))
    return tuple(tokens)


def _parse_fast(reader: _Reader, first_only: bool = False) -> list[Message]:
    """The common shape of PO files, read line by line.

    Comments, then keyword lines each followed by continuation strings, the
    entries optionally obsolete (``#~ ``) or with previous strings (``#| ``).
    Anything else, well-formed or not, raises ``_Unusual`` and the general
    reader (a port of gettext's grammar, which also words the errors) reads
    the file instead.
    """
    lines = reader.text.split("\n")
    count = len(lines)
    offset = reader.first_line
    unescape = reader.unescape
    controls = reader.check_controls
    keyword_match = _FAST_KEYWORD.match
    string_match = _FAST_STRING.match
    messages: list[Message] = []
    seen: set[tuple[str | None, str]] = set()
    translator: list[str] = []
    extracted: list[str] = []
    references: list[str] = []
    flags: list[str] = []
    i = 0
    while i < count:
        line = lines[i]
        if not line:
            i += 1
            continue
        first = line[0]
        if first == "#":
            second = line[1:2]
            if second == ":":
                references.append(line[2:].removesuffix("\r"))
            elif second == ",":
                flags.append(line[2:])
            elif second == ".":
                text = line[2:]
                if text[:1] == " ":
                    text = text[1:]
                extracted.append(text.removesuffix("\r"))
            elif second == "~" or second == "|":
                pass  # an entry begins
            elif second == "!":
                flags.append(line[2:])
            else:
                text = line[1:].removesuffix("\r")
                if text[:1] == " ":
                    if text[1:6] in ("File:", "file:") and _parse_solaris_reference(text):
                        raise _Unusual
                    text = text[1:]
                translator.append(text)
            if second != "~" and second != "|":
                i += 1
                continue
        elif first != "m":
            if line.strip(" \t\r\f\v"):
                raise _Unusual
            i += 1
            continue
        # An entry: keyword lines, each followed by its continuation strings.
        obsolete = line.startswith("#~")
        fields: list[tuple[bool, str, str | None, list[str], int]] = []
        while i < count:
            line = lines[i]
            previous = False
            if obsolete:
                if line.startswith("#~ "):
                    rest = line[3:]
                elif line.startswith("#~| "):
                    rest = line[4:]
                    previous = True
                else:
                    break
            elif line[:1] == "m":
                rest = line
            elif line.startswith("#| "):
                rest = line[3:]
                previous = True
            else:
                break
            match = keyword_match(rest)
            if match is None:
                raise _Unusual
            keyword, index, body = match.groups()
            number = i + 1 + offset
            strings = [unescape(body, number) if "\\" in body or controls else body]
            i += 1
            quote = _CONTINUATION[obsolete, previous]
            skip = len(quote) - 1
            while i < count:
                line = lines[i]
                if not line.startswith(quote):
                    break
                match = string_match(line, skip)
                if match is None:
                    raise _Unusual
                i += 1
                body = match.group(1)
                strings.append(unescape(body, i + offset) if "\\" in body or controls else body)
            fields.append((previous, keyword, index, strings, number))
        messages.append(
            _fast_message(fields, obsolete, translator, extracted, references, flags, seen)
        )
        if first_only:
            break
        translator = []
        extracted = []
        references = []
        flags = []
    return messages


def _fast_message(fields, obsolete, translator, extracted, references, flags, seen) -> Message:
    """The message made of ``fields``, if they come in gettext's order."""
    prev_ctxt = prev_id = prev_plural = ctxt = plural = None
    msgid: str | None = None
    msgstr: str | None = None
    forms: list[str] = []
    line = msgstr_line = 0
    if len(fields) == 2:
        # The common case, msgid then msgstr, without the general checks.
        (previous, keyword, index, strings, line), second = fields
        if (
            keyword == "msgid"
            and not previous
            and second[1] == "msgstr"
            and second[2] is None
            and not second[0]
        ):
            msgid = strings[0] if len(strings) == 1 else "".join(strings)
            strings = second[3]
            msgstr = strings[0] if len(strings) == 1 else "".join(strings)
            msgstr_line = second[4]
            fields = []
        else:
            line = 0
    # Stages: 1 previous msgctxt, 2 previous msgid, 3 previous msgid_plural,
    # 4 msgctxt, 5 msgid, 6 msgid_plural, 7 msgstr, 8 msgstr[n].
    stage = 7 if msgid is not None else 0
    for previous, keyword, index, strings, number in fields:
        text = strings[0] if len(strings) == 1 else "".join(strings)
        if previous:
            if keyword == "msgctxt" and stage == 0:
                prev_ctxt, stage = text, 1
            elif keyword == "msgid" and stage in (0, 1):
                prev_id, stage = text, 2
            elif keyword == "msgid_plural" and stage == 2:
                prev_plural, stage = text, 3
            else:
                raise _Unusual
            if index is not None:
                raise _Unusual
            continue
        if stage == 1 or (index is not None and keyword != "msgstr"):
            raise _Unusual
        if keyword == "msgctxt" and stage in (0, 2, 3):
            ctxt, stage = text, 4
        elif keyword == "msgid" and stage in (0, 2, 3, 4):
            msgid, line, stage = text, number, 5
        elif keyword == "msgid_plural" and stage == 5:
            plural, stage = text, 6
        elif keyword == "msgstr" and index is None and stage == 5:
            msgstr, msgstr_line, stage = text, number, 7
        elif (
            keyword == "msgstr"
            and index is not None
            and stage in (6, 8)
            and (int(index) == len(forms))
        ):
            forms.append(text)
            msgstr_line = msgstr_line or number
            stage = 8
        else:
            raise _Unusual
    if stage != 7 and stage != 8:
        raise _Unusual
    assert msgid is not None
    if not obsolete:
        key = (ctxt, msgid)
        if key in seen:
            raise _Unusual
        seen.add(key)
    return Message(
        msgid=msgid,
        msgstr=msgstr if msgstr is not None else "",
        msgctxt=ctxt,
        msgid_plural=plural,
        msgstr_plural=tuple(forms),
        translator_comments=tuple(translator) if translator else (),
        extracted_comments=tuple(extracted) if extracted else (),
        references=_references_of(references) if references else (),
        flags=_flags_of(flags) if flags else (),
        previous_msgctxt=prev_ctxt,
        previous_msgid=prev_id,
        previous_msgid_plural=prev_plural,
        obsolete=obsolete,
        line=line,
        msgstr_line=msgstr_line,
    )


# Parser states: which keyword's strings are being read, or what comes next.
(
    _IDLE,
    _PREV_CTXT,
    _PREV_CTXT_S,
    _PREV_ID,
    _PREV_ID_S,
    _PREV_PLURAL,
    _PREV_PLURAL_S,
    _CTXT,
    _CTXT_S,
    _ID,
    _ID_S,
    _PLURAL,
    _PLURAL_S,
    _MSGSTR_OR_FORM,
    _MSGSTR_S,
    _FORM,
    _FORM_INDEX,
    _FORM_CLOSE,
    _FORM_STRING,
    _FORM_STRING_S,
) = range(20)
_STRING_KINDS = frozenset({_STRING, _PREV_STRING})
_KEYWORD_KINDS = frozenset(
    {_MSGCTXT, _MSGID, _MSGID_PLURAL, _MSGSTR, _PREV_MSGCTXT, _PREV_MSGID, _PREV_MSGID_PLURAL}
)
_PREV_STATES = frozenset(
    {_PREV_CTXT, _PREV_CTXT_S, _PREV_ID, _PREV_ID_S, _PREV_PLURAL, _PREV_PLURAL_S}
)
#: State waiting for the first string of a keyword -> state reading its strings.
_EXPECTING_STRING = {
    _PREV_CTXT: _PREV_CTXT_S,
    _PREV_ID: _PREV_ID_S,
    _PREV_PLURAL: _PREV_PLURAL_S,
    _CTXT: _CTXT_S,
    _ID: _ID_S,
    _PLURAL: _PLURAL_S,
    _MSGSTR_OR_FORM: _MSGSTR_S,
    _FORM_STRING: _FORM_STRING_S,
}
_COLLECTING = frozenset(_EXPECTING_STRING.values())


class _Comments:
    """The comment lines read before an entry, sorted by kind as gettext does."""

    __slots__ = ("extracted", "flags", "references", "translator")

    def __init__(self) -> None:
        self.translator: list[str] | None = None
        self.extracted: list[str] | None = None
        self.references: _References | None = None
        self.flags: _Flags | None = None

    def add(self, text: str) -> None:
        """One comment, without its ``#``."""
        if text.endswith("\r"):
            text = text[:-1]
        first = text[:1]
        if first == ".":
            text = text[2:] if text[1:2] == " " else text[1:]
            if self.extracted is None:
                self.extracted = []
            self.extracted.append(text)
        elif first == ":":
            if self.references is None:
                self.references = _References()
            for file, line in _parse_references(text[1:]):
                self.references.add(file, line)
        elif first == "," or first == "!":
            if self.flags is None:
                self.flags = _Flags()
            self.flags.add(text[1:])
        else:
            solaris = _parse_solaris_reference(text) if text[:1] == " " else None
            if solaris is not None:
                if self.references is None:
                    self.references = _References()
                self.references.add(*solaris)
                return
            if first == " ":
                text = text[1:]
            if self.translator is None:
                self.translator = []
            self.translator.append(text)


class _Entry:
    """One message while its keywords and strings are read."""

    __slots__ = (
        "comments",
        "ctxt",
        "field",
        "forms",
        "id",
        "line",
        "msgstr_line",
        "obsolete",
        "plural",
        "prev_ctxt",
        "prev_id",
        "prev_plural",
        "strings",
        "value",
    )

    def __init__(self, obsolete: bool, line: int, comments: _Comments) -> None:
        self.obsolete = obsolete
        self.line = line
        self.msgstr_line = 0
        self.comments = comments
        self.ctxt: str | None = None
        self.id = ""
        self.plural: str | None = None
        self.value: str | None = None
        self.forms: list[str] = []
        self.prev_ctxt: str | None = None
        self.prev_id: str | None = None
        self.prev_plural: str | None = None
        self.field = -1
        self.strings: list[str] = []

    def start_string(self, state: int, value: str) -> None:
        self.store()
        self.field = state
        self.strings = [value]

    def append(self, value: str) -> None:
        self.strings.append(value)

    def store(self) -> None:
        if self.field < 0:
            return
        text = "".join(self.strings)
        field = self.field
        if field == _ID:
            self.id = text
        elif field == _MSGSTR_OR_FORM:
            self.value = text
        elif field == _FORM_STRING:
            self.forms.append(text)
        elif field == _CTXT:
            self.ctxt = text
        elif field == _PLURAL:
            self.plural = text
        elif field == _PREV_ID:
            self.prev_id = text
        elif field == _PREV_CTXT:
            self.prev_ctxt = text
        elif field == _PREV_PLURAL:
            self.prev_plural = text
        self.field = -1

    def message(self) -> Message:
        self.store()
        comments = self.comments
        flags = comments.flags
        return Message(
            msgid=self.id,
            msgstr=self.value if self.value is not None else "",
            msgctxt=self.ctxt,
            msgid_plural=self.plural,
            msgstr_plural=tuple(self.forms),
            translator_comments=tuple(comments.translator) if comments.translator else (),
            extracted_comments=tuple(comments.extracted) if comments.extracted else (),
            references=comments.references.as_tuple() if comments.references else (),
            flags=flags.as_tuple() if flags is not None else (),
            previous_msgctxt=self.prev_ctxt,
            previous_msgid=self.prev_id,
            previous_msgid_plural=self.prev_plural,
            obsolete=self.obsolete,
            line=self.line,
            msgstr_line=self.msgstr_line,
        )


def read_po(data: bytes, path: str | None = None) -> Catalog:
    """Read a PO or POT file's bytes into a ``Catalog``.

    The encoding is the one the header entry declares (UTF-8 when there is no
    header or it still says ``CHARSET``). Anything GNU msgfmt would reject
    raises ``CatalogSyntaxError`` naming the line.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if b"\\\n" in data:
        data = _join_continued_lines(data)
    return Catalog(tuple(_parse(data, path, _find_charset(data, path))), path=path)


def _parse(data: bytes, path: str | None, charset: _Charset, first_line: int = 0) -> list[Message]:
    """The messages of ``data``, a whole file or a part of one starting after ``first_line``."""
    try:
        text = data.decode(charset.codec)
    except UnicodeError:
        text = _decode_leniently(data, charset, path)
    try:
        return _parse_fast(_Reader(text, path, charset, first_line))
    except (_Unusual, CatalogSyntaxError):
        return _Reader(text, path, charset, first_line).parse()


def read_po_file(path: str | Path) -> Catalog:
    """Read the PO or POT file at ``path``."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise CatalogSyntaxError(f"cannot read: {error.strerror}", str(path)) from None
    return read_po(data, str(path))


#: Bytes of a file ``iter_po_file`` parses at a time (then cut at the next entry).
STREAM_PART = 1 << 20
#: A line that ends an entry: a msgstr's last string (the entry may go on, but only
#: with more strings or msgstr[n], which ``_ENTRY_START`` does not match).
_ENTRY_END = re.compile(rb'(?:#~ )?(?:msgstr(?:\[[0-9]+\])?[ \t]*)?"[^\n]*"[ \t\r]*\n?\Z')
#: A line that begins an entry: a comment, or a msgctxt or msgid, previous or obsolete.
_ENTRY_START = re.compile(rb"#(?![~|])|(?:#~?\|?[ \t]*)?msg(?:ctxt|id)(?!_)")


class _Split(Exception):
    """A part read alone was not what the whole file says; read the whole file."""


def iter_po_file(
    path: str | Path, progress: Callable[[int], None] | None = None
) -> Iterator[Message]:
    """The messages of the PO file at ``path``, header first, read a part at a time.

    Memory does not grow with the file: parts of about ``STREAM_PART`` bytes,
    cut at a blank line between entries, go through the same parser as
    ``read_po`` (the header's charset decides the decoding of them all), and
    only a hash of each entry's key is kept to find duplicates across parts.
    Anything unusual (a syntax error, a duplicate, an entry split by a blank
    line, undecodable bytes) makes the whole file be read by ``read_po``,
    which words the error as always. ``progress`` is called with the bytes of
    each part read.
    """
    done = 0
    try:
        for message in _iter_parts(str(path), progress):
            yield message
            done += 1
    except (_Split, _Unusual, CatalogSyntaxError):
        yield from read_po_file(path).messages[done:]


def _iter_parts(path: str, progress: Callable[[int], None] | None) -> Iterator[Message]:
    charset: _Charset | None = None
    seen: set[int] = set()
    for first_line, data in _po_parts(path):
        if charset is None and data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8) :]
        if b"\\\n" in data:
            data = _join_continued_lines(data)
        if charset is None:
            charset = _find_charset(data, path)
        for message in _parse(data, path, charset, first_line):
            if not message.obsolete:
                key = hash(message.key)
                if key in seen:
                    raise _Split  # perhaps a duplicate: the whole file decides
                seen.add(key)
            yield message
        if progress is not None:
            progress(len(data))


def _po_parts(path: str) -> Iterator[tuple[int, bytes]]:
    """(lines before it, bytes) for each part of the file, cut where an entry begins."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below, also on error
    except OSError as error:
        raise CatalogSyntaxError(f"cannot read: {error.strerror}", path) from None
    with handle:
        lines: list[bytes] = []
        size = 0
        before = 0
        blank = ended = False
        for line in handle:
            if size >= STREAM_PART and blank and ended and _ENTRY_START.match(line):
                yield before, b"".join(lines)
                before += len(lines)
                lines = []
                size = 0
            lines.append(line)
            size += len(line)
            blank = line == b"\n"
            if not blank:
                ended = _ENTRY_END.match(line) is not None
        if lines:
            yield before, b"".join(lines)


_UNDECODABLE = re.compile("[\udc80-\udcff]+")


def _decode_leniently(data: bytes, charset: _Charset, path: str | None) -> str:
    """``data`` decoded although some bytes are not in its charset.

    gettext checks the encoding of strings, not of comments: bad bytes in a
    comment line become U+FFFD; anywhere else they are an error, reported on
    their line.
    """
    try:
        text = data.decode(charset.codec, "surrogateescape")
    except (UnicodeError, LookupError):
        raise CatalogSyntaxError(
            f"invalid multibyte sequence (not {charset.name})", path, None
        ) from None
    lines = text.split("\n")
    bad_line = 0
    for number, line in enumerate(lines):
        if _UNDECODABLE.search(line):
            stripped = line.lstrip(" \t\r\f\v")
            if not bad_line and (not stripped.startswith("#") or stripped[1:2] in ("~", "|")):
                bad_line = number + 1
            lines[number] = _UNDECODABLE.sub("\ufffd", line)
    text = "\n".join(lines)
    if bad_line:
        # Report the first error of the file, be it this one or one before.
        try:
            _Reader(text, path, charset).parse()
        except CatalogSyntaxError as error:
            if error.line is not None and error.line < bad_line:
                raise
        raise CatalogSyntaxError(f"invalid multibyte sequence (not {charset.name})", path, bad_line)
    return text


def _find_charset(data: bytes, path: str | None) -> _Charset:
    """The encoding the header declares, read before decoding the rest."""
    # The header is the first entry: try reading only as far as the blank
    # line after the first msgstr, then all of the file.
    end = data.find(b"\n\n", data.find(b"msgstr"))
    heads = [data[: end + 1], data] if end >= 0 else [data]
    for head in heads:
        first = _first_message(head, path)
        if first is not None:
            break
    if first is None or not first.is_header:
        return _UTF8
    declared = _header_charset(first.msgstr)
    if declared is not None:
        declared = declared.encode("latin-1").decode("ascii", "replace")
    return _charset_of(declared, path, first.line)


#: Bytes ``header_language`` reads: a header is a few hundred, a long one a few thousand.
_HEADER_BYTES = 1 << 16


def header_language(path: str | Path) -> str | None:
    """The ``Language`` of a PO file's header, read from its first bytes only.

    A hint, for work that is cheaper done a language at a time: a file that
    cannot be read, or whose header is not in its first bytes, says None (its
    full read reports any error).
    """
    try:
        with open(path, "rb") as handle:
            head = handle.read(_HEADER_BYTES)
    except OSError:
        return None
    end = head.find(b"\n\n", head.find(b"msgstr"))
    first = _first_message(head[: end + 1] if end >= 0 else head, str(path))
    if first is None or not first.is_header:
        return None
    return Catalog((first,)).language


def _first_message(head: bytes, path: str | None) -> Message | None:
    """The first message of ``head``, its bytes read as Latin-1 (any will do)."""
    reader = _Reader(head.decode("latin-1"), path, _Charset("ISO-8859-1", "latin-1"))
    try:
        try:
            messages = _parse_fast(reader, first_only=True)
        except _Unusual:
            messages = reader.parse(first_only=True)
    except CatalogSyntaxError:
        return None  # The full read reports it, with the right characters.
    return messages[0] if messages else None


def _join_continued_lines(data: bytes) -> bytes:
    """Join lines ending in a backslash, as gettext's lexer does everywhere.

    The joined line is padded with the newlines it lost, at its end, so that
    what follows keeps its line number.
    """
    lines = data.split(b"\n")
    out: list[bytes] = []
    pending: list[bytes] = []
    lost = 0
    for line in lines:
        if line.endswith(b"\\"):
            pending.append(line[:-1])
            lost += 1
            continue
        pending.append(line)
        out.append(b"".join(pending))
        out.extend([b""] * lost)
        pending = []
        lost = 0
    if pending:
        out.append(b"".join(pending))
        out.extend([b""] * (lost - 1))
    return b"\n".join(out)


# ---------------------------------------------------------------------------
# Writing

_INT_WIDTH = 2**31 - 1
_ESCAPES_OUT = {
    "\a": "\\a",
    "\b": "\\b",
    "\f": "\\f",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\v": "\\v",
    "\\": "\\\\",
    '"': '\\"',
}
_ESCAPE_TABLE = str.maketrans(_ESCAPES_OUT)
_NEEDS_ESCAPE = re.compile(r'[\a\b\f\n\r\t\v\\"]')
_PRINTABLE_ASCII = re.compile(r"[ -~]*\Z")


@dataclass(frozen=True)
class _Output:
    """What every entry of one file is written with."""

    codec: str
    wrap_encoding: str  # the encoding name libunistring is told, for wrapping
    width: int


def write_po(catalog: Catalog, width: int = 79) -> bytes:
    """The PO file for ``catalog``, byte for byte what GNU msgcat 0.21 writes.

    The bytes are in the charset the header declares (UTF-8 when it declares
    none or ``CHARSET``); ``width`` is msgcat's ``--width``. See the module
    docstring for what is normalized on the way, and for where this keeps
    flags msgcat would drop.
    """
    output = _output_for(catalog, width)
    lines: list[str] = []
    live = [m for m in catalog.messages if not m.obsolete]
    # An obsolete entry without translation is worth nothing: gettext drops it.
    obsolete = [m for m in catalog.messages if m.obsolete and _first_translation(m)]
    for message in live:
        if lines:
            lines.append("")
        _write_message(lines, message, output)
    for message in obsolete:
        if lines:
            lines.append("")
        _write_message(lines, message, output)
    # A backslash ending a line would join the next line to it (gettext reads
    # backslash-newline as a continuation): only comments can end so.
    text = "".join(line + " \n" if line.endswith("\\") else line + "\n" for line in lines)
    try:
        return text.encode(output.codec)
    except UnicodeEncodeError as error:
        line = text.count("\n", 0, error.start) + 1
        raise CatalogSyntaxError(
            f"{text[error.start : error.end]!r} cannot be written in the catalog's charset "
            f"({output.codec})",
            catalog.path,
            line,
        ) from None


def write_po_file(path: str | Path, catalog: Catalog, width: int = 79) -> bool:
    """Write ``catalog`` to ``path`` atomically; False when the file already held it."""
    return write_atomic(path, write_po(catalog, width))


def _output_for(catalog: Catalog, width: int) -> _Output:
    header = next((m for m in catalog.messages if m.is_header), None)
    declared = _header_charset(header.msgstr) if header is not None else None
    if declared is None or declared == _PLACEHOLDER or declared == "":
        return _Output("utf-8", "UTF-8", width)
    charset = _charset_of(declared, catalog.path, header.line if header else None)
    canonical = _canonical_charset(declared)
    wrap_encoding = canonical if canonical is not None and canonical != "ASCII" else "UTF-8"
    return _Output(charset.codec, wrap_encoding, width)


def _write_message(lines: list[str], message: Message, output: _Output) -> None:
    for comment in message.translator_comments:
        for part in comment.split("\n"):
            lines.append("# " + part if part else "#")
    for comment in message.extracted_comments:
        for part in comment.split("\n"):
            lines.append("#. " + part if part else "#.")
    if message.references:
        _write_references(lines, message.references, output)
    flags = _Flags()
    for flag in message.flags:
        flags.add(flag)
    # Like gettext, no "fuzzy" on an entry without translation.
    with_fuzzy = bool(_first_translation(message))
    # Nor, on an obsolete entry, a range.
    known = flags.known(with_fuzzy=with_fuzzy, with_range=not message.obsolete)
    written_flags = [*known, *(flags.unknown or ())]
    if written_flags:
        lines.append("#, " + ", ".join(written_flags))
    language = flags.format_language()
    no_wrap = bool(flags.no_wrap)
    prefix = "#~ " if message.obsolete else ""
    previous_prefix = "#~| " if message.obsolete else "#| "
    wrap = _Wrapper(lines, output, language, no_wrap)
    # gettext's grammar has no previous msgctxt or msgid_plural without a previous msgid.
    if message.previous_msgid is not None:
        if message.previous_msgctxt is not None:
            wrap(previous_prefix, "msgctxt", message.previous_msgctxt)
        wrap(previous_prefix, "msgid", message.previous_msgid)
        if message.previous_msgid_plural is not None:
            wrap(previous_prefix, "msgid_plural", message.previous_msgid_plural)
    if message.msgctxt is not None:
        wrap(prefix, "msgctxt", message.msgctxt)
    wrap(prefix, "msgid", message.msgid)
    if message.msgid_plural is not None:
        wrap(prefix, "msgid_plural", message.msgid_plural)
        forms = message.msgstr_plural or ("", "")
        for index, form in enumerate(forms):
            wrap(prefix, f"msgstr[{index}]", form, is_msgstr=True)
    else:
        wrap(prefix, "msgstr", message.msgstr, is_msgstr=True)


def _first_translation(message: Message) -> str:
    """What gettext tests to call an entry translated: its first msgstr."""
    if message.pluralizable:
        return message.msgstr_plural[0] if message.msgstr_plural else ""
    return message.msgstr


def _write_references(lines: list[str], references: tuple[str, ...], output: _Output) -> None:
    """``#:`` lines, filled up to the page width as gettext fills them."""
    line = "#:"
    column = 2
    ascii_codec = output.codec in ("utf-8", "ascii")
    for text in _references_of(list(references)):
        length = (
            len(text)
            if ascii_codec and text.isascii()
            else len(text.encode(output.codec, "replace"))
        ) + 1
        if column > 2 and column + length > output.width:
            lines.append(line)
            line = "#:"
            column = 2
        line += " " + text
        column += length
    lines.append(line)


class _Wrapper:
    """gettext's ``wrap()``: one keyword and its string, cut into lines."""

    __slots__ = ("language", "lines", "no_wrap", "output")

    def __init__(
        self, lines: list[str], output: _Output, language: str | None, no_wrap: bool
    ) -> None:
        self.lines = lines
        self.output = output
        self.language = language
        self.no_wrap = no_wrap

    def __call__(self, prefix: str, name: str, value: str, is_msgstr: bool = False) -> None:
        lines = self.lines
        page_width = _INT_WIDTH if self.no_wrap else self.output.width
        # Columns after the opening quote of a continuation line, and room
        # left for the closing quote.
        after_break = len(prefix) + 1
        width = page_width - 1 - after_break
        first_line_start = len(prefix) + len(name) + 2 - after_break
        portions = [value] if "\n" not in value[:-1] else _portions(value)
        protected: set[int] | None = None
        if self.language is not None and value:
            protected = directive_positions(self.language, value, is_msgstr, self.output.codec)
        first_line = True
        offset = 0
        last = len(portions) - 1
        for number, portion in enumerate(portions):
            escaped = portion.translate(_ESCAPE_TABLE) if _NEEDS_ESCAPE.search(portion) else portion
            startcol = first_line_start if first_line else 0
            breaks = self._breaks(portion, escaped, offset, startcol, width, protected)
            if first_line and escaped and (number < last or startcol > width or breaks):
                lines.append(f'{prefix}{name} ""')
                first_line = False
                startcol = 0
                breaks = self._breaks(portion, escaped, offset, startcol, width, protected)
            head = f"{prefix}{name} " if first_line else prefix
            first_line = False
            if not breaks:
                lines.append(f'{head}"{escaped}"')
            else:
                start = 0
                for cut in breaks:
                    lines.append(f'{head}"{escaped[start:cut]}"')
                    head = prefix
                    start = cut
                lines.append(f'{head}"{escaped[start:]}"')
            offset += len(portion)

    def _breaks(
        self,
        portion: str,
        escaped: str,
        offset: int,
        startcol: int,
        width: int,
        protected: set[int] | None,
    ) -> list[int]:
        """Indexes of ``escaped`` where a new line starts."""
        if escaped.isascii():
            if startcol + len(escaped) <= width and _PRINTABLE_ASCII.match(escaped):
                return []
        elif startcol + linebreak.string_width(escaped, self.output.wrap_encoding) <= width:
            return []
        overrides = _overrides(portion, escaped, offset, protected)
        result, _ = linebreak.width_linebreaks(
            escaped, width, startcol, 0, overrides, self.output.wrap_encoding
        )
        return [index for index, value in enumerate(result) if value == linebreak.POSSIBLE]


def _portions(value: str) -> list[str]:
    """``value`` cut after each newline, as gettext cuts a string into lines."""
    portions = value.split("\n")
    result = [part + "\n" for part in portions[:-1]]
    if portions[-1] or not result:
        result.append(portions[-1])
    return result


def _overrides(
    portion: str, escaped: str, offset: int, protected: set[int] | None
) -> list[int] | None:
    """Where a break is forbidden whatever UAX #14 says: inside escapes and directives."""
    if escaped is portion and not protected:
        return None
    overrides = [linebreak.UNDEFINED] * len(escaped)
    index = 0
    for position, char in enumerate(portion):
        if protected and offset + position in protected:
            overrides[index] = linebreak.PROHIBITED
        if char in _ESCAPES_OUT:
            overrides[index + 1] = linebreak.PROHIBITED
            index += 2
        else:
            index += 1
    if portion.endswith("\n"):
        # No break just before the final "\n".
        overrides[len(escaped) - 2] = linebreak.PROHIBITED
    return overrides
