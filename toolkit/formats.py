"""Format directives as GNU gettext 0.21 finds them, so that lines are never broken inside one.

When gettext wraps a long string at the page width it never breaks a line
inside a format directive of the entry's first format language (``wrap()`` in
gettext-tools/src/write-po.c): it runs that language's format string parser
over the whole msgid or msgstr, which marks on each byte where a directive
starts (FMTDIR_START), where it ends (FMTDIR_END) and where a parse error was
found (FMTDIR_ERROR), and forbids a break at every byte of a complete
directive but its first. A parse error stops the parser: the directives before
it still count, the broken one does not.

Each parser below is a port of the directive recognition of gettext 0.21's
``format-<language>.c``: which spans are directives and where a parse error
stops, not the argument types gettext also collects, which never change where
a line breaks. The parsers' own quirks are kept when they decide where msgcat
breaks lines (for instance Python brace directives marked at offsets counted
from the directive instead of the string).

gettext parses the bytes of the string in the file's charset, so the parsers
here read one character per byte (the bytes decoded as Latin-1) and
``directive_positions`` maps the result back to characters.

Where gettext's own behaviour is undefined the port cannot follow it: past
the end of a string it reads NUL, where two of gettext's parsers (a Python
brace format spec, a backslash ending a Java number or choice pattern) read
whatever byte lies in memory; and some object-pascal strings with ``*``
widths overrun gettext's array, so msgcat aborts on them and there is no
output to match.
"""

from __future__ import annotations

import contextlib
import itertools
import re
import xml.parsers.expat
from collections.abc import Callable
from typing import NoReturn

__all__ = ["LANGUAGES", "directive_positions"]

# Marks, as gettext's FMTDIR_START, FMTDIR_END and FMTDIR_ERROR.
_START, _END, _ERROR = 1, 2, 4


class _Stop(Exception):
    """A parse error: the parser returns, and the directives before it stand."""


class _Text:
    """A string read as C reads it: past its end, NUL characters."""

    __slots__ = ("length", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.length = len(text)

    def __getitem__(self, index: int) -> str:
        return self.text[index] if index < self.length else "\0"


class _Fdi:
    """gettext's ``fdi`` array: the marks a parser sets on the bytes of the string."""

    __slots__ = ("marks",)

    def __init__(self, length: int) -> None:
        self.marks = bytearray(length)

    def set(self, index: int, flag: int) -> None:
        if 0 <= index < len(self.marks):
            self.marks[index] |= flag

    def fail(self, index: int) -> NoReturn:
        """Mark a parse error at ``index`` and stop parsing."""
        self.set(index, _ERROR)
        raise _Stop

    def fail_at(self, s: _Text, index: int) -> NoReturn:
        """A parse error at ``s[index]``, or on the last byte when the string ended there."""
        self.fail(index - 1 if s[index] == "\0" else index)

    def protected(self) -> list[int]:
        """The bytes write-po.c forbids a break before: inside complete directives.

        A START is matched with the first END or ERROR from it on; with an
        ERROR the span is an invalid directive and protects nothing. Within a
        complete directive, a byte that carries a START of its own is not
        protected either.
        """
        marks = self.marks
        length = len(marks)
        result: list[int] = []
        index = 0
        while index < length:
            if marks[index] & _START:
                end = index
                while end < length and not marks[end] & (_END | _ERROR):
                    end += 1
                if end == length:
                    # gettext aborts here (a parser that forgot an END).
                    break
                if not marks[end] & _ERROR:
                    result.extend(k for k in range(index + 1, end + 1) if not marks[k] & _START)
                index = end
            index += 1
        return result


_Parser = Callable[[_Text, bool, _Fdi], None]


# ---------------------------------------------------------------------------
# Helpers shared by gettext's parsers


def _isdigit(c: str) -> bool:
    return "0" <= c <= "9"


def _nonzero_digit(c: str) -> bool:
    return "1" <= c <= "9"


def _isalpha(c: str) -> bool:
    return "a" <= c <= "z" or "A" <= c <= "Z"


def _isalnum(c: str) -> bool:
    return _isalpha(c) or _isdigit(c)


_HEX_DIGITS = frozenset("0123456789ABCDEFabcdef")


def _digits_end(s: _Text, i: int) -> int:
    while "0" <= s[i] <= "9":
        i += 1
    return i


def _unsigned(s: _Text, start: int, end: int) -> int:
    """The digits ``s[start:end]`` as C's ``m = 10 * m + digit`` computes an unsigned int."""
    return int(s.text[start:end]) % 2**32


def _dollar_number(s: _Text, i: int, fdi: _Fdi) -> tuple[int, int]:
    """An ``m$`` argument number at ``s[i]``: (m, index after "$"), or (0, i) when none.

    ``0$`` is an error, marked on the "$".
    """
    if _isdigit(s[i]):
        end = _digits_end(s, i)
        if s[end] == "$":
            number = _unsigned(s, i, end)
            if number == 0:
                fdi.fail(end)
            return number, end + 1
    return 0, i


class _Arguments:
    """Numbered (``m$``) and unnumbered arguments, which many formats forbid mixing."""

    __slots__ = ("numbered", "unnumbered")

    def __init__(self) -> None:
        self.numbered = 0
        self.unnumbered = 0

    def take(self, number: int) -> bool:
        """Record an argument (0: unnumbered); False when the two kinds mix."""
        if number:
            if self.unnumbered:
                return False
            self.numbered += 1
        else:
            if self.numbered:
                return False
            self.unnumbered += 1
        return True


def _star(s: _Text, i: int, fdi: _Fdi, arguments: _Arguments) -> int:
    """A ``*`` or ``*m$`` width or precision whose "*" ends at ``s[i - 1]``; the index after it.

    As format-c-parse.h (and awk, boost) read it: ``*0$`` is an error on the
    "$", mixing numbered and unnumbered arguments one on the last character.
    """
    number = 0
    if _isdigit(s[i]):
        end = _digits_end(s, i)
        if s[end] == "$":
            number = _unsigned(s, i, end)
            if number == 0:
                fdi.fail(end)
            i = end + 1
    if not arguments.take(number):
        fdi.fail(i - 1)
    return i


def _percent_directives(s: _Text, fdi: _Fdi, directive: Callable[[int], int]) -> None:
    """The loop most parsers share: every "%" starts a directive.

    ``directive`` gets the index after the "%" and returns the index of the
    directive's last character, where its END goes.
    """
    i = s.text.find("%")
    while i >= 0:
        fdi.set(i, _START)
        i = directive(i + 1)
        fdi.set(i, _END)
        i = s.text.find("%", i + 1)


# ---------------------------------------------------------------------------
# C and Objective C (format-c.c, format-c-parse.h)

_C_SIZES = frozenset("hlLqjzZt")
_C_FLAGS = frozenset(" +-#0'")
_C_CONVERSIONS = frozenset("cCsSiduoxXeEfFgGaApn")
_PRI_WIDTHS = ("8", "16", "32", "64")


def _c_pri_macro(s: _Text, i: int, fdi: _Fdi) -> int:
    """An ISO C 99 ``<PRIxN>`` macro whose "<" is at ``s[i - 1]``; the index of its ">"."""
    for letter in "PRI":
        if s[i] != letter:
            fdi.fail_at(s, i)
        i += 1
    if s[i] not in "iduoxX":
        fdi.fail_at(s, i)
    i += 1
    if s.text.startswith(("MAX", "PTR"), i):
        i += 3
    else:
        if s.text.startswith("LEAST", i):
            i += 5
        elif s.text.startswith("FAST", i):
            i += 4
        width = next((w for w in _PRI_WIDTHS if s.text.startswith(w, i)), None)
        if width is None:
            fdi.fail_at(s, i)
        i += len(width)
    if s[i] != ">":
        fdi.fail_at(s, i)
    return i


def _c_parser(objc: bool) -> _Parser:
    conversions = _C_CONVERSIONS | {"@"} if objc else _C_CONVERSIONS

    def parse(s: _Text, translated: bool, fdi: _Fdi) -> None:
        arguments = _Arguments()

        def directive(i: int) -> int:
            number, i = _dollar_number(s, i, fdi)
            # The "I" flag (locale's digits) is only for translations.
            while s[i] in _C_FLAGS or (translated and s[i] == "I"):
                i += 1
            i = _star(s, i + 1, fdi, arguments) if s[i] == "*" else _digits_end(s, i)
            if s[i] == ".":
                i += 1
                i = _star(s, i + 1, fdi, arguments) if s[i] == "*" else _digits_end(s, i)
            if s[i] == "<":
                i = _c_pri_macro(s, i + 1, fdi)
                typed = True
            else:
                while s[i] in _C_SIZES:
                    i += 1
                if s[i] in "%m":
                    typed = False
                elif s[i] in conversions:
                    typed = True
                else:
                    fdi.fail_at(s, i)
            if typed and not arguments.take(number):
                fdi.fail(i)
            return i

        _percent_directives(s, fdi, directive)

    return parse


# ---------------------------------------------------------------------------
# Python (format-python.c, format-python-brace.c)


def _python(s: _Text, translated: bool, fdi: _Fdi) -> None:
    named = unnamed = 0

    def directive(i: int) -> int:
        nonlocal named, unnamed
        name = False
        if s[i] == "(":
            depth = 0
            i += 1
            while s[i] != "\0":
                if s[i] == "(":
                    depth += 1
                elif s[i] == ")":
                    if depth == 0:
                        break
                    depth -= 1
                i += 1
            if s[i] == "\0":
                fdi.fail(i - 1)
            i += 1
            name = True
        while s[i] in "-+ #0":
            i += 1
        if s[i] == "*":
            i += 1
            if named:
                fdi.fail(i - 1)
            unnamed += 1
        else:
            i = _digits_end(s, i)
        if s[i] == ".":
            i += 1
            if s[i] == "*":
                i += 1
                if named:
                    fdi.fail(i - 1)
                unnamed += 1
            else:
                i = _digits_end(s, i)
        if s[i] in "hlL":
            i += 1
        conversion = s[i]
        if conversion not in "%csridouxXeEfgG":
            fdi.fail_at(s, i)
        if name:
            if unnamed:
                fdi.fail(i)
            named += 1
        elif conversion != "%":
            if named:
                fdi.fail(i)
            unnamed += 1
        return i

    _percent_directives(s, fdi, directive)


def _identifier_end(s: _Text, i: int) -> int:
    """The end of an ASCII identifier at ``s[i]`` (``i`` itself when there is none)."""
    if _isalpha(s[i]) or s[i] == "_":
        i += 1
        while _isalnum(s[i]) or s[i] == "_":
            i += 1
    return i


def _field_end(s: _Text, i: int) -> int:
    """The end of a field name (identifier or number) at ``s[i]``."""
    end = _identifier_end(s, i)
    return end if end > i else _digits_end(s, i)


def _brace_directive(s: _Text, i: int, toplevel: bool, fdi: _Fdi) -> int:
    """Parse the directive at ``s[i] == "{"``; the index after it.

    gettext 0.21 records the directive's marks at offsets counted from the
    directive's own start instead of the string's (its ``format_start`` is
    local to the function): reproduced here, since it decides where msgcat
    breaks lines.
    """
    base = i

    def fail(position: int) -> NoReturn:
        fdi.fail(position - base)

    i += 1
    if s[i] == "{":
        return i + 1
    name_start = i
    i = _field_end(s, i)
    if i == name_start:
        fail(i)
    while True:
        c = s[i]
        if c == ".":
            end = _identifier_end(s, i + 1)
            if end == i + 1:
                fail(end)
            i = end
        elif c == "[":
            end = _field_end(s, i + 1)
            if end == i + 1:
                fail(end)
            # The error is marked after the character that is not "]".
            if s[end] != "]":
                fail(end + 1)
            i = end + 1
        else:
            break
    if c == ":":
        if not toplevel:
            fail(i)
        i += 1
        if s[i] == "{":
            i = _brace_directive(s, i, False, fdi)
        else:
            # [[fill]align][sign][#][0][minimumwidth][.precision][type]
            if s[i + 1] in "<>=^":
                i += 2
            elif s[i] in "<>=^":
                i += 1
            if s[i] in "+- ":
                i += 1
            if s[i] == "#":
                i += 1
            if s[i] == "0":
                i += 1
            i = _digits_end(s, i)
            if s[i] == ".":
                i = _digits_end(s, i + 1)
            if s[i] in "bcdoxXneEfFgG%":
                i += 1
        if s[i] != "}":
            fail(i)
        c = s[i]
    if c != "}":
        fail(i)
    if toplevel:
        fdi.set(name_start - 1 - base, _START)
        fdi.set(i - base, _END)
    return i + 1


def _python_brace(s: _Text, translated: bool, fdi: _Fdi) -> None:
    i = 0
    while i < s.length:
        i = _brace_directive(s, i, True, fdi) if s[i] == "{" else i + 1


# ---------------------------------------------------------------------------
# Java MessageFormat (format-java.c)


def _handle_quote(s: _Text, i: int, quoting: bool) -> tuple[int, bool]:
    """gettext's HANDLE_QUOTE: a single quote toggles quoting, a doubled one is a quote."""
    if s[i] == "'":
        i += 1
        if s[i] != "'":
            quoting = not quoting
    return i, quoting


def _skip_pattern_char(s: _Text, i: int) -> int:
    """One character of a number or choice pattern, where ``\\uXXXX`` is one."""
    if s[i] != "\\":
        return i + 1
    digits = s.text[i + 2 : i + 6]
    if s[i + 1] == "u" and len(digits) == 4 and all(c in _HEX_DIGITS for c in digits):
        return i + 6
    return i + 2


def _number_pattern(s: _Text) -> bool:
    """format-java.c's number_format_parse (DecimalFormat patterns)."""
    quoting = False
    # gettext never sets it: a second ";" is read as part of a prefix.
    seen_semicolon = False
    i, quoting = _handle_quote(s, 0, quoting)
    while True:
        while s[i] != "\0" and not (not quoting and s[i] in "0#"):
            i, quoting = _handle_quote(s, _skip_pattern_char(s, i), quoting)
        if not (not quoting and s[i] in "0#"):
            return False
        for digit in "#0":
            while not quoting and s[i] == digit:
                i, quoting = _handle_quote(s, i + 1, quoting)
                if not quoting and s[i] == ",":
                    i, quoting = _handle_quote(s, i + 1, quoting)
        if not quoting and s[i] == ".":
            i, quoting = _handle_quote(s, i + 1, quoting)
            for digit in "0#":
                while not quoting and s[i] == digit:
                    i, quoting = _handle_quote(s, i + 1, quoting)
        if not quoting and s[i] == "E":
            saved = i
            i, quoting = _handle_quote(s, i + 1, quoting)
            if not quoting and s[i] == "0":
                while True:
                    i, quoting = _handle_quote(s, i + 1, quoting)
                    if quoting or s[i] != "0":
                        break
            else:
                i, quoting = saved, False
        while s[i] != "\0" and (seen_semicolon or not (not quoting and s[i] == ";")):
            i, quoting = _handle_quote(s, _skip_pattern_char(s, i), quoting)
        if seen_semicolon or not (not quoting and s[i] == ";"):
            break
    return s[i] == "\0"


def _choice_pattern(s: _Text) -> bool:
    """format-java.c's choice_format_parse: ``number#message|...``."""
    quoting = False
    i, quoting = _handle_quote(s, 0, quoting)
    if s[i] == "\0":
        return True
    while True:
        start = i
        while s[i] != "\0" and not (
            not quoting and (s[i] in "<#|" or s.text.startswith("\\u2264", i))
        ):
            i, quoting = _handle_quote(s, _skip_pattern_char(s, i), quoting)
        if s[i] == "\0":
            break
        if i == start:
            return False
        if s[i] in "<#":
            i += 1
        elif s.text.startswith("\\u2264", i):
            i += 6
        else:
            return False
        i, quoting = _handle_quote(s, i, quoting)
        message: list[str] = []
        while s[i] != "\0" and not (not quoting and s[i] == "|"):
            message.append(s[i])
            i, quoting = _handle_quote(s, i + 1, quoting)
        if not _message_format(_Text("".join(message)), None):
            return False
        if s[i] == "\0":
            break
        i, quoting = _handle_quote(s, i + 1, quoting)
    return True


def _message_element(element: str) -> bool:
    """``argument [, elementFormat]``, the inside of one ``{...}``."""
    if not element or not _isdigit(element[0]):
        return False
    index = 1
    while index < len(element) and _isdigit(element[index]):
        index += 1
    rest = element[index:]
    if not rest:
        return True
    for kind in (",time", ",date", ",number", ",choice"):
        if rest.startswith(kind):
            rest = rest[len(kind) :]
            break
    else:
        return False
    if not rest:
        return True
    if rest[0] != ",":
        return False
    style = rest[1:]
    if kind in (",time", ",date"):
        return True  # any date pattern is valid
    if kind == ",number":
        return style in ("currency", "percent", "integer") or _number_pattern(_Text(style))
    return _choice_pattern(_Text(style))


def _message_format(s: _Text, fdi: _Fdi | None) -> bool:
    """format-java.c's message_format_parse; False on an error (marked when ``fdi`` is given)."""
    quoting = False
    i = 0
    while True:
        i, quoting = _handle_quote(s, i, quoting)
        if not quoting and s[i] == "{":
            if fdi:
                fdi.set(i, _START)
            i += 1
            element_start = i
            depth = 0
            while s[i] != "\0":
                if s[i] == "{":
                    depth += 1
                elif s[i] == "}":
                    if depth == 0:
                        break
                    depth -= 1
                i += 1
            valid = s[i] != "\0" and _message_element(s.text[element_start:i])
            i += 1
            if not valid:
                if fdi:
                    fdi.set(i - 2 if s[i - 1] == "\0" else i - 1, _ERROR)
                return False
            if fdi:
                fdi.set(i - 1, _END)
        elif not quoting and s[i] == "}":
            if fdi:
                fdi.set(i, _START | _ERROR)
            return False
        elif s[i] != "\0":
            i += 1
        else:
            return True


def _java(s: _Text, translated: bool, fdi: _Fdi) -> None:
    _message_format(s, fdi)


# ---------------------------------------------------------------------------
# Java printf (format-java-printf.c)

_JAVA_ALTERNATE, _JAVA_ZERO, _JAVA_LEFT, _JAVA_SPACE, _JAVA_SIGN = 1, 2, 4, 8, 16
_JAVA_LOCALE, _JAVA_MONETARY, _JAVA_WIDTH, _JAVA_PRECISION = 32, 64, 128, 256
_JAVA_FLAGS = {
    "#": _JAVA_ALTERNATE,
    "0": _JAVA_ZERO,
    "-": _JAVA_LEFT,
    " ": _JAVA_SPACE,
    "+": _JAVA_SIGN,
    ",": _JAVA_LOCALE,
    "(": _JAVA_MONETARY,
}
_JAVA_ALL_FLAGS = sum(_JAVA_FLAGS.values())
#: Conversion -> (the flags, width and precision it refuses, whether it takes an argument).
_JAVA_CONVERSIONS: dict[str, tuple[int, bool]] = {
    "%": ((_JAVA_ALL_FLAGS & ~_JAVA_LEFT) | _JAVA_PRECISION, False),
    "n": (_JAVA_ALL_FLAGS | _JAVA_WIDTH | _JAVA_PRECISION, False),
    **dict.fromkeys(
        "bBhHsS",
        (_JAVA_ZERO | _JAVA_SPACE | _JAVA_SIGN | _JAVA_LOCALE | _JAVA_MONETARY, True),
    ),
    **dict.fromkeys("cCtT", ((_JAVA_ALL_FLAGS & ~_JAVA_LEFT) | _JAVA_PRECISION, True)),
    "d": (_JAVA_ALTERNATE | _JAVA_PRECISION, True),
    **dict.fromkeys("oxX", (_JAVA_LOCALE | _JAVA_PRECISION, True)),
    **dict.fromkeys("eEfgG", (0, True)),
    **dict.fromkeys("aA", (_JAVA_LOCALE | _JAVA_MONETARY, True)),
}
_JAVA_DATETIME_SUFFIXES = frozenset("HIklMSLNpzZsQBbhAaCYyjmdeRTrDFc")


def _java_printf(s: _Text, translated: bool, fdi: _Fdi) -> None:
    last_number = unnumbered = 0

    def directive(i: int) -> int:
        nonlocal last_number, unnumbered
        number = 0
        if s[i] == "<":
            if last_number == 0:
                fdi.fail(i)
            number = last_number
            i += 1
        else:
            number, i = _dollar_number(s, i, fdi)
        flags = 0
        while s[i] in _JAVA_FLAGS:
            flags |= _JAVA_FLAGS[s[i]]
            i += 1
        if _isdigit(s[i]):
            i = _digits_end(s, i)
            flags |= _JAVA_WIDTH
        if s[i] == ".":
            i += 1
            if not _isdigit(s[i]):
                fdi.fail_at(s, i)
            i = _digits_end(s, i)
            flags |= _JAVA_PRECISION
        conversion = s[i]
        if conversion not in _JAVA_CONVERSIONS:
            fdi.fail_at(s, i)
        refused, typed = _JAVA_CONVERSIONS[conversion]
        if flags & refused:
            fdi.fail(i)
        if conversion in "tT":
            i += 1
            if s[i] not in _JAVA_DATETIME_SUFFIXES:
                fdi.fail_at(s, i)
        if typed:
            if number == 0:
                unnumbered += 1
                number = unnumbered
            last_number = number
        return i

    _percent_directives(s, fdi, directive)


# ---------------------------------------------------------------------------
# C# (format-csharp.c)


def _csharp(s: _Text, translated: bool, fdi: _Fdi) -> None:
    i = 0
    while i < s.length:
        c = s[i]
        i += 1
        if c == "{":
            fdi.set(i - 1, _START)
            if s[i] == "{":
                i += 1
            else:
                if not _isdigit(s[i]):
                    fdi.fail_at(s, i)
                i = _digits_end(s, i)
                if s[i] == ",":
                    i += 1
                    if s[i] == "-":
                        i += 1
                    if not _isdigit(s[i]):
                        fdi.fail_at(s, i)
                    i = _digits_end(s, i)
                if s[i] == ":":
                    i += 1
                    while s[i] != "\0" and s[i] != "}":
                        i += 1
                if s[i] != "}":
                    fdi.fail_at(s, i)
                i += 1
            fdi.set(i - 1, _END)
        elif c == "}":
            fdi.set(i - 1, _START)
            if s[i] != "}":
                fdi.fail_at(s, i)
            i += 1
            fdi.set(i - 1, _END)


# ---------------------------------------------------------------------------
# JavaScript (format-javascript.c)


def _javascript(s: _Text, translated: bool, fdi: _Fdi) -> None:
    arguments = _Arguments()

    def directive(i: int) -> int:
        number, i = _dollar_number(s, i, fdi)
        while s[i] in "-+ 0I":
            i += 1
        i = _digits_end(s, i)
        if s[i] == ".":
            i = _digits_end(s, i + 1)
        conversion = s[i]
        if conversion not in "%csbdoxXfj":
            fdi.fail_at(s, i)
        if conversion != "%" and not arguments.take(number):
            fdi.fail(i)
        return i

    _percent_directives(s, fdi, directive)


# ---------------------------------------------------------------------------
# Common Lisp and Scheme ``~`` directives (format-lisp.c, format-scheme.c)

# Parameter types.
_NIL, _INTEGER, _CHARACTER, _V, _ARGCOUNT = range(5)
# Those not allowed past a directive's parameters.
_REFUSED_EXTRA = (_CHARACTER, _INTEGER, _ARGCOUNT)


def _int32(value: int) -> int:
    """``value`` as a C int holds it, wrapped around."""
    value %= 2**32
    return value - 2**32 if value >= 2**31 else value


def _params_fit(params: list[tuple[int, int]], signature: str | None) -> bool:
    """gettext's check_params: does each parameter fit its slot of ``signature``?

    In a signature, "I" takes an integer or ``#`` (the number of arguments
    left), "C" a character, "*" any of them; each also takes nothing or ``V``
    (an argument), the only parameters allowed past the signature. None
    accepts anything (CLISP's ``~!``).
    """
    if signature is None:
        return True
    refused = {"I": (_CHARACTER,), "C": (_INTEGER, _ARGCOUNT), "*": ()}
    return all(
        kind not in (refused[signature[index]] if index < len(signature) else _REFUSED_EXTRA)
        for index, (kind, _) in enumerate(params)
    )


# Directives that contain others or end them.
_CASE, _CONDITIONAL, _ITERATION, _JUSTIFICATION, _SEPARATOR = "(", "[", "{", "<", ";"
_GOTO, _CALL = "*", "/"
_CLOSING = frozenset(")]}>")


def _tilde_table(*groups: tuple[str | None, str]) -> dict[str, str | None]:
    """Directive character (letters in both cases) -> the signature of its parameters."""
    table: dict[str, str | None] = {}
    for signature, characters in groups:
        for c in characters:
            table[c] = table[c.lower()] = signature
    return table


_LISP_DIRECTIVES = _tilde_table(
    ("IIIC", "AS$<"),
    ("", "WPC\n_?/()]}>;"),
    ("ICCI", "DBOX"),
    ("IICCI", "R"),
    ("IIICC", "F"),
    ("IIIICCC", "EG"),
    ("I", "%&|~I*[{"),
    ("II", "T"),
    ("***", "^"),
    (None, "!"),
)
_SCHEME_DIRECTIVES = _tilde_table(
    ("IIIC", "AS$"),
    ("I", "C%&_/|~*[{"),
    ("ICCI", "DBOX"),
    ("IICCI", "R"),
    ("", "P!\nQY?K()]};"),
    ("IIICC", "FI"),
    ("IIIICCC", "EG"),
    ("IIC", "T"),
    ("***", "^"),
)


class _TildeParser:
    """format-lisp.c's and format-scheme.c's parse_upto, for one string.

    Only the outermost level marks directives: a directive such as ``~{...~}``
    is one directive up to its closing one. Nested levels are parsed (without
    marks) to find where they end or fail; all levels share one position
    (gettext's ``*formatp``), and a nested failure is marked where it was last
    set.
    """

    __slots__ = ("lisp", "position", "s", "table")

    def __init__(self, s: _Text, table: dict[str, str | None], lisp: bool) -> None:
        self.s = s
        self.table = table
        self.lisp = lisp
        self.position = 0

    def fail_nested(self, fdi: _Fdi | None) -> None:
        if fdi:
            position = self.position
            fdi.set(position - 1 if self.s[position] == "\0" else position, _ERROR)

    def parse(self, terminator: str, separator: bool, fdi: _Fdi | None) -> int:
        """Parse up to ``~terminator`` ("\\0": the end); -1 on an error.

        Otherwise 0, or, when a ``~;`` (allowed by ``separator``) ended the
        part, 1 (2 for ``~:;``).
        """
        s = self.s
        i = self.position
        while i < s.length:
            c = s[i]
            i += 1
            if c != "~":
                continue
            if fdi:
                fdi.set(i - 1, _START)
            params: list[tuple[int, int]] = []
            while True:
                kind, value = _NIL, 0
                if _isdigit(s[i]):
                    end = _digits_end(s, i)
                    kind, value, i = _INTEGER, _int32(int(s.text[i:end])), end
                elif s[i] in "+-":
                    negative = s[i] == "-"
                    i += 1
                    if not _isdigit(s[i]):
                        if fdi:
                            fdi.set(i - 1 if s[i] == "\0" else i, _ERROR)
                        return -1
                    end = _digits_end(s, i)
                    kind, value, i = _INTEGER, _int32(int(s.text[i:end])), end
                    if negative:
                        value = _int32(-value)
                elif s[i] == "'":
                    kind = _CHARACTER
                    i += 1
                    if s[i] == "\0":
                        if fdi:
                            fdi.set(i - 1, _ERROR)
                        return -1
                    i += 1
                elif s[i] in "Vv":
                    kind = _V
                    i += 1
                elif s[i] == "#":
                    kind = _ARGCOUNT
                    i += 1
                params.append((kind, value))
                if s[i] != ",":
                    break
                i += 1
            colon = atsign = False
            while s[i] in ":@":
                colon = colon or s[i] == ":"
                atsign = atsign or s[i] == "@"
                i += 1
            c = s[i]
            i += 1
            valid = c in self.table
            if valid and c in _CLOSING:
                valid = terminator == c
            elif valid and c == _SEPARATOR:
                valid = separator
            elif valid and c == _CONDITIONAL:
                valid = not (atsign and colon)
            if valid:
                signature = self.table[c]
                if c == _SEPARATOR and terminator == ">":
                    signature = "I"
                elif c == _CONDITIONAL and (atsign or colon):
                    signature = ""
                valid = _params_fit(params, signature)
            if valid and c == _GOTO:
                kind, value = params[0]
                valid = kind != _INTEGER or value >= 0
            if not valid:
                if fdi:
                    # At the directive's character, or at the last one when the string ended.
                    fdi.set(i - 2 if c == "\0" else i - 1, _ERROR)
                return -1
            if c in _CLOSING:
                self.position = i
                return 0
            if c == _SEPARATOR:
                self.position = i
                return 2 if colon else 1
            if c == _CALL and self.lisp:
                while s[i] != "\0" and s[i] != "/":
                    i += 1
                if s[i] == "\0":
                    if fdi:
                        fdi.set(i - 1, _ERROR)
                    return -1
                i += 1
            elif c in (_CASE, _CONDITIONAL, _ITERATION, _JUSTIFICATION):
                self.position = i
                if not self.parse_nested(c, colon, atsign):
                    self.fail_nested(fdi)
                    return -1
                i = self.position
            if fdi:
                fdi.set(i - 1, _END)
        self.position = i
        return -1 if terminator != "\0" else 0

    def parse_nested(self, opening: str, colon: bool, atsign: bool) -> bool:
        """The parts of ``~(``, ``~[``, ``~{`` or ``~<`` up to its closing directive."""
        if opening == _CASE:
            return self.parse(")", False, None) >= 0
        if opening == _ITERATION:
            return self.parse("}", False, None) >= 0
        if opening == _JUSTIFICATION:
            while True:
                separator = self.parse(">", True, None)
                if separator <= 0:
                    return separator == 0
        if atsign:
            return self.parse("]", False, None) >= 0
        if colon:
            # Exactly two clauses.
            return self.parse("]", True, None) > 0 and self.parse("]", False, None) >= 0
        last = False
        while True:
            separator = self.parse("]", not last, None)
            if separator <= 0:
                return separator == 0
            last = last or separator == 2


def _tilde_parser(table: dict[str, str | None], lisp: bool) -> _Parser:
    def parse(s: _Text, translated: bool, fdi: _Fdi) -> None:
        _TildeParser(s, table, lisp).parse("\0", False, fdi)

    return parse


# ---------------------------------------------------------------------------
# Emacs Lisp and librep (format-elisp.c, format-librep.c)


def _emacs_parser(flags: str, star: bool, conversions: str) -> _Parser:
    """``%[m$][flags][width][.precision]c``, where ``m$`` (m > 0) sets the next argument."""

    def parse(s: _Text, translated: bool, fdi: _Fdi) -> None:
        def directive(i: int) -> int:
            if _isdigit(s[i]):
                end = _digits_end(s, i)
                if s[end] == "$" and _unsigned(s, i, end) > 0:
                    i = end + 1
            while s[i] in flags:
                i += 1
            i = i + 1 if star and s[i] == "*" else _digits_end(s, i)
            if s[i] == ".":
                i += 1
                i = i + 1 if star and s[i] == "*" else _digits_end(s, i)
            if s[i] not in conversions:
                fdi.fail_at(s, i)
            return i

        _percent_directives(s, fdi, directive)

    return parse


# ---------------------------------------------------------------------------
# Ruby (format-ruby.c)


def _ruby(s: _Text, translated: bool, fdi: _Fdi) -> None:
    # Arguments recorded so far: by name, by number ("m$", "*m$"), unnumbered.
    named = numbered = unnumbered = 0

    def directive(i: int) -> int:
        nonlocal named, numbered, unnumbered
        name = False
        number = width_number = precision_number = 0
        seen_width = width_next = seen_precision = precision_next = False

        def numbers() -> bool:
            return bool(numbered or number or width_number or precision_number)

        def unnumbers() -> bool:
            return bool(unnumbered or width_next or precision_next)

        def star_number(i: int) -> tuple[int, int]:
            """An ``m$`` after "*": (m, index of "$"), or (-1, i) when none."""
            if _isdigit(s[i]):
                end = _digits_end(s, i)
                if s[end] == "$":
                    return int(s.text[i:end]), end
            return -1, i

        while True:
            c = s[i]
            if c in " #+-0":
                if seen_width or seen_precision:
                    fdi.fail(i)
                i += 1
            elif c == "<":
                if numbers() or unnumbers() or name:
                    fdi.fail(i)
                i += 1
                while s[i] != "\0" and s[i] != ">":
                    i += 1
                if s[i] == "\0":
                    fdi.fail(i - 1)
                i += 1
                name = True
            elif _isdigit(c):
                i = _digits_end(s, i)
                if s[i] == "$":
                    if named or name or unnumbers() or number:
                        fdi.fail(i)
                    number = 1  # never 0: a leading "0" is a flag
                    i += 1
                else:
                    if seen_precision or seen_width:
                        fdi.fail(i)
                    seen_width = True
            elif c == "*":
                m, i = star_number(i + 1)
                if m >= 0:
                    if named or name or unnumbers() or seen_precision or seen_width or m == 0:
                        fdi.fail(i)
                    seen_width = True
                    width_number = m
                    i += 1
                else:
                    if named or name or numbers() or seen_precision or seen_width:
                        fdi.fail(i - 1)
                    seen_width = width_next = True
            elif c == ".":
                i += 1
                if s[i] == "*":
                    m, i = star_number(i + 1)
                    if m >= 0:
                        if named or name or unnumbers() or seen_precision or m == 0:
                            fdi.fail(i)
                        seen_precision = True
                        precision_number = m
                        i += 1
                    else:
                        if named or name or numbers() or seen_precision:
                            fdi.fail(i - 1)
                        seen_precision = precision_next = True
                else:
                    i = _digits_end(s, i)
                    if seen_precision:
                        fdi.fail(i)
                    seen_precision = True
            else:
                break
        c = s[i]
        if c in "%\n":
            typed = False
        elif c in "spcdiuoxXbBfgGeEaA":
            typed = True
        elif c == "{":
            if numbers() or unnumbers() or name:
                fdi.fail(i)
            i += 1
            while s[i] != "\0" and s[i] != "}":
                i += 1
            if s[i] == "\0":
                fdi.fail(i - 1)
            name = typed = True
        else:
            fdi.fail_at(s, i)
        if seen_width:
            if width_number:
                numbered += 1
            elif width_next:
                unnumbered += 1
        if seen_precision:
            if precision_number:
                numbered += 1
            elif precision_next:
                unnumbered += 1
        if typed:
            if name:
                named += 1
            elif number:
                numbered += 1
            else:
                if named or numbered:
                    fdi.fail(i)
                unnumbered += 1
        return i

    _percent_directives(s, fdi, directive)


# ---------------------------------------------------------------------------
# Shell (format-sh.c)


def _sh(s: _Text, translated: bool, fdi: _Fdi) -> None:
    i = 0
    while i < s.length:
        c = s[i]
        i += 1
        if c != "$":
            continue
        fdi.set(i - 1, _START)
        if s[i] == "{":
            i += 1
            name_start = i
            while s[i] != "\0" and s[i] != "}":
                c = s[i]
                if (
                    not c.isascii()
                    or (i > name_start and c in "-=+?:")
                    or not (_isalnum(c) or c == "_")
                    or (i == name_start and _isdigit(c))
                ):
                    fdi.fail(i)
                i += 1
            if s[i] == "\0" or i == name_start:
                fdi.fail_at(s, i)
            i += 1
        elif _isalpha(s[i]) or s[i] == "_":
            i += 1
            while _isalnum(s[i]) or s[i] == "_":
                i += 1
        else:
            fdi.fail_at(s, i)
        fdi.set(i - 1, _END)


# ---------------------------------------------------------------------------
# awk (format-awk.c), Tcl (format-tcl.c), Boost (format-boost.c)


def _awk(s: _Text, translated: bool, fdi: _Fdi) -> None:
    arguments = _Arguments()

    def directive(i: int) -> int:
        number, i = _dollar_number(s, i, fdi)
        while s[i] in " +-#0":
            i += 1
        i = _star(s, i + 1, fdi, arguments) if s[i] == "*" else _digits_end(s, i)
        if s[i] == ".":
            i += 1
            i = _star(s, i + 1, fdi, arguments) if s[i] == "*" else _digits_end(s, i)
        conversion = s[i]
        if conversion not in "%csiduoxXeEfgG":
            fdi.fail_at(s, i)
        if conversion != "%" and not arguments.take(number):
            fdi.fail(i)
        return i

    _percent_directives(s, fdi, directive)


def _tcl(s: _Text, translated: bool, fdi: _Fdi) -> None:
    seen_numbered = seen_unnumbered = False

    def directive(i: int) -> int:
        nonlocal seen_numbered, seen_unnumbered
        if s[i] == "%":
            return i
        number, i = _dollar_number(s, i, fdi)
        if number:
            if seen_unnumbered:
                fdi.fail(i - 1)
            seen_numbered = True
        else:
            if seen_numbered:
                fdi.fail(i - 1)
            seen_unnumbered = True
        while s[i] in " +-#0":
            i += 1
        i = i + 1 if s[i] == "*" else _digits_end(s, i)
        if s[i] == ".":
            i += 1
            i = i + 1 if s[i] == "*" else _digits_end(s, i)
        if s[i] in "hl":
            i += 1
        if s[i] not in "csiduoxXeEfgG":
            fdi.fail_at(s, i)
        return i

    _percent_directives(s, fdi, directive)


def _boost(s: _Text, translated: bool, fdi: _Fdi) -> None:
    arguments = _Arguments()
    i = 0
    while i < s.length:
        c = s[i]
        i += 1
        if c != "%":
            continue
        fdi.set(i - 1, _START)
        if s[i] == "%":
            i += 1
        else:
            brackets = done = typed = False
            number = 0
            if s[i] == "|":
                i += 1
                brackets = True
            if _nonzero_digit(s[i]):
                end = _digits_end(s, i)
                if (not brackets and s[end] == "%") or s[end] == "$":
                    number = _unsigned(s, i, end)
                    if number == 0:
                        fdi.fail(end)
                    if s[end] == "%":
                        typed = done = True
                    i = end + 1
            if not done:
                while s[i] in " +-#0'_=hl":
                    i += 1
                i = _star(s, i + 1, fdi, arguments) if s[i] == "*" else _digits_end(s, i)
                if s[i] == ".":
                    i += 1
                    i = _star(s, i + 1, fdi, arguments) if s[i] == "*" else _digits_end(s, i)
                while s[i] in "hlL":
                    i += 1
                conversion = s[i]
                i += 1
                if conversion in "cCsSidouxXeEfgGp":
                    typed = True
                elif conversion in "tn":
                    pass
                elif conversion == "T":
                    if s[i] == "\0":
                        fdi.fail(i - 1)
                    i += 1
                elif conversion == "|" and brackets:
                    i -= 1
                    typed = True
                else:
                    fdi.fail_at(s, i - 1)
                if brackets:
                    if s[i] != "|":
                        fdi.fail_at(s, i)
                    i += 1
            if typed and not arguments.take(number):
                fdi.fail(i - 1)
        fdi.set(i - 1, _END)


# ---------------------------------------------------------------------------
# Lua (format-lua.c), Object Pascal (format-pascal.c), PHP (format-php.c)


def _lua(s: _Text, translated: bool, fdi: _Fdi) -> None:
    def directive(i: int) -> int:
        if s[i] == "%":
            return i
        i = _digits_end(s, i)
        if s[i] == ".":
            i = _digits_end(s, i + 1)
        if s[i] not in "cdiouXxaAEefgGsq":
            fdi.fail_at(s, i)
        return i

    _percent_directives(s, fdi, directive)


def _pascal(s: _Text, translated: bool, fdi: _Fdi) -> None:
    def directive(i: int) -> int:
        if s[i] == "%":
            return i
        if _isdigit(s[i]) or s[i] == ":":
            end = _digits_end(s, i)
            if s[end] == ":":
                i = end + 1
        elif s[i] == "*" and s[i + 1] == ":":
            i += 2
        if s[i] == "-":
            i += 1
        i = i + 1 if s[i] == "*" else _digits_end(s, i)
        if s[i] == ".":
            i += 1
            if _isdigit(s[i]):
                i = _digits_end(s, i)
            elif s[i] == "*":
                i += 1
            else:
                i -= 1  # the "." is the error
        if s[i] not in "duxefgnmspDUXEFGNMSP":
            fdi.fail_at(s, i)
        return i

    _percent_directives(s, fdi, directive)


def _php(s: _Text, translated: bool, fdi: _Fdi) -> None:
    def directive(i: int) -> int:
        if s[i] == "%":
            return i
        _, i = _dollar_number(s, i, fdi)
        while True:
            if s[i] in "0- ":
                i += 1
            elif s[i] == "'":
                # A padding character: any byte.
                i += 1
                if s[i] == "\0":
                    fdi.fail(i - 1)
                i += 1
            else:
                break
        i = _digits_end(s, i)
        if s[i] == ".":
            i += 1
            if _isdigit(s[i]):
                i = _digits_end(s, i)
            else:
                i -= 1  # the "." is the error
        if s[i] == "l":
            i += 1
        if s[i] not in "bduoxXefcs":
            fdi.fail_at(s, i)
        return i

    _percent_directives(s, fdi, directive)


# ---------------------------------------------------------------------------
# Smalltalk and YCP (format-smalltalk.c), Qt (format-qt.c, format-qt-plural.c),
# KDE (format-kde.c, format-kde-kuit.c)


def _smalltalk(s: _Text, translated: bool, fdi: _Fdi) -> None:
    def directive(i: int) -> int:
        if s[i] != "%" and not _nonzero_digit(s[i]):
            fdi.fail_at(s, i)
        return i

    _percent_directives(s, fdi, directive)


def _percent_argument_parser(directive_end: Callable[[_Text, int], int]) -> _Parser:
    """Qt and KDE: a "%" starts a directive only when ``directive_end`` finds one.

    ``directive_end`` gets the index after the "%" and returns the index of
    the directive's last character, or -1 when there is none (the "%" is
    then text, and never an error).
    """

    def parse(s: _Text, translated: bool, fdi: _Fdi) -> None:
        i = 0
        while i < s.length:
            c = s[i]
            i += 1
            if c != "%":
                continue
            end = directive_end(s, i)
            if end >= 0:
                fdi.set(i - 1, _START)
                fdi.set(end, _END)
                i = end + 1

    return parse


def _qt_end(s: _Text, i: int) -> int:
    """``%[L]n`` or ``%[L]nn``."""
    if s[i] == "L":
        i += 1
    if not _isdigit(s[i]):
        return -1
    return i + 1 if _isdigit(s[i + 1]) else i


def _qt_plural_end(s: _Text, i: int) -> int:
    """``%[L]n``, the plural count."""
    if s[i] == "L":
        i += 1
    return i if s[i] == "n" else -1


def _kde_end(s: _Text, i: int) -> int:
    """``%N``, N a number not starting with 0."""
    if not _nonzero_digit(s[i]):
        return -1
    return _digits_end(s, i) - 1


_kde = _percent_argument_parser(_kde_end)


def _is_reference(text: str, start: int) -> bool:
    """format-kde-kuit.c's is_reference: does ``text[start:]``, after an "&", make a reference?

    Only character references pass: gettext's test of an entity name fails
    at the first character that cannot be in a name, the final ";" included.
    """
    if text[start : start + 1] != "#":
        return False
    kind = text[start + 1 : start + 2]
    if kind == "x":
        digits = _HEX_DIGITS
    elif kind and _isdigit(kind):
        digits = frozenset("0123456789")
    else:
        return False
    last = kind
    for last in itertools.islice(text, start + 2, None):
        if last not in digits:
            break
    return last == ";"


#: Non-ASCII characters XML 1.0 (fifth edition, which libxml2 follows) allows
#: in names, first and elsewhere; expat knows the older, narrower sets.
_XML_NAME_START = re.compile(
    "[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd"
    "\U00010000-\U000effff]"
)
_XML_NAME_OTHER = re.compile("[\u00b7\u0300-\u036f\u203f-\u2040]")
_KUIT_START = '<gt:kuit xmlns:gt="https://www.gnu.org/s/gettext/kde">'


def _kuit_is_well_formed(data: bytes) -> bool:
    """Is ``data`` a well-formed XML fragment, as format-kde-kuit.c asks libxml2?

    gettext wraps the string in a ``<gt:kuit>`` element, writing "&" as
    ``&amp;`` where it does not start a reference, and has libxml2 parse it.
    expat answers the same question here, once the characters libxml2 takes
    in names and expat does not are replaced with ASCII ones of their kind
    (which changes nothing elsewhere: every one is also allowed in text).
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    parts = [_KUIT_START]
    start = 0
    while (amp := text.find("&", start)) >= 0:
        parts.append(text[start:amp])
        parts.append("&" if _is_reference(text, amp + 1) else "&amp;")
        start = amp + 1
    parts.append(text[start:])
    parts.append("</gt:kuit>")
    document = "".join(parts)
    if not document.isascii():
        document = _XML_NAME_OTHER.sub("0", _XML_NAME_START.sub("a", document))
    parser = xml.parsers.expat.ParserCreate()
    try:
        parser.Parse(document.encode("utf-8"), True)
    except xml.parsers.expat.ExpatError:
        return False
    return True


def _kde_kuit(s: _Text, translated: bool, fdi: _Fdi) -> None:
    # A string that is not well-formed markup has no directives at all.
    if _kuit_is_well_formed(s.text.encode("latin-1")):
        _kde(s, translated, fdi)


# ---------------------------------------------------------------------------
# Perl (format-perl.c, format-perl-brace.c)


def _perl_dollar(s: _Text, i: int) -> tuple[bool, int]:
    """An ``m$`` (m not starting with 0) at ``s[i]``: (True, index after "$"), or (False, i)."""
    if _nonzero_digit(s[i]):
        end = _digits_end(s, i)
        if s[end] == "$":
            return True, end + 1
    return False, i


def _perl(s: _Text, translated: bool, fdi: _Fdi) -> None:
    def directive(i: int) -> int:
        _, i = _perl_dollar(s, i)
        while s[i] in " +-#0":
            i += 1
        # Vector flag: "v", "*v" or "*m$v".
        if s[i] == "v":
            i += 1
        elif s[i] == "*":
            if s[i + 1] == "v":
                i += 2
            else:
                found, end = _perl_dollar(s, i + 1)
                if found and s[end] == "v":
                    i = end + 1
        if s[i] == "*":
            _, i = _perl_dollar(s, i + 1)
        elif _nonzero_digit(s[i]):
            i = _digits_end(s, i)
        if s[i] == ".":
            i += 1
            if s[i] == "*":
                _, i = _perl_dollar(s, i + 1)
            else:
                i = _digits_end(s, i)
        short_or_long = False
        if s[i] in "hl":
            short_or_long = s.text[i : i + 2] != "ll"
            i += 1 if short_or_long else 2
        elif s[i] in "LqV":
            i += 1
        elif s[i] == "I":
            i += 3 if s.text.startswith(("64", "32"), i + 1) else 1
        conversion = s[i]
        if conversion in "eEfFgG":
            if short_or_long:
                fdi.fail(i)
        elif conversion not in "%cs_DidUOubxXopn":
            fdi.fail_at(s, i)
        return i

    _percent_directives(s, fdi, directive)


def _perl_brace(s: _Text, translated: bool, fdi: _Fdi) -> None:
    i = 0
    while i < s.length:
        c = s[i]
        i += 1
        if c == "{" and (_isalpha(s[i]) or s[i] == "_"):
            end = _identifier_end(s, i)
            if s[end] == "}":
                fdi.set(i - 1, _START)
                fdi.set(end, _END)
                i = end + 1


# ---------------------------------------------------------------------------
# GCC and GNU Fortran internal formats (format-gcc-internal.c, format-gfc-internal.c)


def _gcc_internal(s: _Text, translated: bool, fdi: _Fdi) -> None:
    arguments = _Arguments()

    def directive(i: int) -> int:
        if s[i] in "%<>'m":
            return i
        number, i = _dollar_number(s, i, fdi)
        # Flags "q", "+", "#" once each; "l" twice or "w" once, not both.
        seen = {"q": 0, "l": 0, "w": 0, "+": 0, "#": 0}
        while s[i] in seen:
            c = s[i]
            if c == "l":
                if seen["l"] > 1 or seen["w"]:
                    fdi.fail(i)
            elif seen[c] or (c == "w" and seen["l"]):
                fdi.fail(i)
            seen[c] += 1
            i += 1
        c = s[i]
        if c == ".":
            i += 1
            if _isdigit(s[i]):
                i = _digits_end(s, i)
            elif s[i] == "*":
                i += 1
                precision = 0
                if _isdigit(s[i]):
                    end = _digits_end(s, i)
                    if s[end] == "$":
                        precision = _unsigned(s, i, end)
                        # It must be the argument just before the string's.
                        if (
                            precision == 0
                            or arguments.unnumbered
                            or number == 0
                            or precision != number - 1
                        ):
                            fdi.fail(end)
                        i = end + 1
                if not arguments.take(precision):
                    fdi.fail(i - 1)
            else:
                fdi.fail_at(s, i)
            if s[i] != "s":
                fdi.fail_at(s, i)
        elif c not in "csidouxpHJKDFTEACLOPQV":
            fdi.fail_at(s, i)
        if not arguments.take(number):
            fdi.fail(i)
        return i

    _percent_directives(s, fdi, directive)


def _gfc_internal(s: _Text, translated: bool, fdi: _Fdi) -> None:
    def directive(i: int) -> int:
        if s[i] == "%":
            return i
        _, i = _dollar_number(s, i, fdi)
        if s[i] in "CLcs":
            return i
        if s[i] == "l":
            i += 1
        if s[i] not in "idu":
            fdi.fail_at(s, i)
        return i

    _percent_directives(s, fdi, directive)


# ---------------------------------------------------------------------------

_PARSERS: dict[str, _Parser] = {
    "c": _c_parser(objc=False),
    "objc": _c_parser(objc=True),
    "python": _python,
    "python-brace": _python_brace,
    "java": _java,
    "java-printf": _java_printf,
    "csharp": _csharp,
    "javascript": _javascript,
    "scheme": _tilde_parser(_SCHEME_DIRECTIVES, lisp=False),
    "lisp": _tilde_parser(_LISP_DIRECTIVES, lisp=True),
    "elisp": _emacs_parser(" +-#0", star=True, conversions="%cdixXoeEfgGsS"),
    "librep": _emacs_parser("-^0+ ", star=False, conversions="%cdxXosS"),
    "ruby": _ruby,
    "sh": _sh,
    "awk": _awk,
    "lua": _lua,
    "object-pascal": _pascal,
    "smalltalk": _smalltalk,
    "qt": _percent_argument_parser(_qt_end),
    "qt-plural": _percent_argument_parser(_qt_plural_end),
    "kde": _kde,
    "kde-kuit": _kde_kuit,
    "boost": _boost,
    "tcl": _tcl,
    "perl": _perl,
    "perl-brace": _perl_brace,
    "php": _php,
    "gcc-internal": _gcc_internal,
    "gfc-internal": _gfc_internal,
    "ycp": _smalltalk,
}

#: The format languages of gettext 0.21, in its order.
LANGUAGES = tuple(_PARSERS)


def directive_positions(
    language: str, value: str, is_msgstr: bool, encoding: str = "utf-8"
) -> set[int]:
    """Indexes of the characters of ``value`` gettext never breaks a line before.

    They are the characters inside a valid format directive of ``language``,
    its first character excepted (a line may start with a directive), as
    gettext 0.21 finds them in a msgid (``is_msgstr`` false) or a msgstr
    (where a C directive may also have the "I" flag). ``encoding`` is the
    Python codec of the file's charset: gettext parses the string's bytes in
    it. An unknown language has no directives.
    """
    parser = _PARSERS.get(language)
    if parser is None or not value:
        return set()
    # A C string ends at its first NUL.
    text = value.split("\0", 1)[0]
    # One character per byte.
    data = text if text.isascii() else text.encode(encoding, "replace").decode("latin-1")
    fdi = _Fdi(len(data))
    with contextlib.suppress(_Stop):
        parser(_Text(data), is_msgstr, fdi)
    protected = fdi.protected()
    if len(data) == len(text) or not protected:
        return set(protected)
    # A character is protected when its first byte is.
    starts = itertools.accumulate((len(c.encode(encoding, "replace")) for c in text), initial=0)
    character_at = {start: index for index, start in enumerate(starts)}
    return {character_at[byte] for byte in protected if byte in character_at}
