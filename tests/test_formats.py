"""Format directives of every gettext format language, never broken across lines.

GNU msgcat 0.21 is the oracle: a catalog whose strings put directives (valid
and invalid, in a msgid and in a msgstr) across the wrap column is written,
and msgcat must write the very same bytes. Where a language's directives hold
no place a line could break at, the positions themselves are checked against
what gettext's parser marks.
"""

from __future__ import annotations

import pytest

from toolkit.catalog import Catalog, Message
from toolkit.formats import LANGUAGES, directive_positions
from toolkit.pofile import FORMAT_LANGUAGES, write_po

from .test_pofile import assert_like_msgcat

#: Per language, pieces of text holding directives: most with a space inside
#: (where a line could break if the directive did not forbid it), some invalid
#: (which forbid nothing), and some valid ones before or after an invalid one
#: (gettext stops at the first error: only the directives before it count).
CASES: dict[str, tuple[str, ...]] = {
    "c": (
        "% d",
        "%- 5.2f and %1$ d",
        "% <PRId64> and % <PRIuLEAST16>",
        "%I d is for translations",
        "% hhd % jd % lld",
        "% d then % y stops",
        "%1$ d mixes %s",
    ),
    "objc": ("% @ object", "% d and % @", "% y % d"),
    "python": ("%(first name)s", "% d and %(x) -5d", "%(a b)q stops %(c d)s", "% *d"),
    "python-brace": (
        "{a: <10}",
        "{0: >5} and {1: ^3}",
        "é ü {a: <9} ß",
        "{abc} {a[b; x} {c: <4}",
        "{a:{b}} {x: =+8}",
        "{ bad } {a: <3}",
        # gettext marks a directive at offsets counted from its own start: a
        # long one forbids breaks at the start of the string, not in itself.
        "{" + "n" * 80 + "} alone",
    ),
    "java": (
        "{0,choice,0#no files|1#one file|1<{0,number,integer} files}",
        "{0,date,d MMM yyyy} at {1,time,HH:mm}",
        "'{0}' is quoted, {1,number,# ##0.00 units}",
        "{0, number} has a space",
        "{0,number,#,##0.00;(#,##0.00)} {1}",
        "ab } de {0,date,short}",
    ),
    "java-printf": (
        "% d and %-5s%n",
        "%1$ d and %< d",
        "%tY %te % s",
        "% ,d and %(,.2f",
        "%.2 f stops",
        "%s %<s %2$ d",
    ),
    "csharp": ("{0:d MMM yyyy}", "{0,-5:x y} {1, 3}", "{{ }} {0 }", "{0:a b} } lone"),
    "javascript": ("% d and %1$ s", "%.s % j", "% q stops % d", "%1$ d mixed % d"),
    "scheme": (
        "~{~a~^, ~}",
        "~:[no~;yes~]",
        "~' ,5d and ~@[ ~a~]",
        "~( ~a~) ~{ ~s~}",
        "~{ unterminated ~a",
        "~ 5d ~a",
        "~{~a\n  ~}",
    ),
    "lisp": (
        "~{~a~^, ~}",
        "~:[no~;yes~]",
        "~< ~a~;~a ~>",
        "~/pkg fn/ and ~' ,5d",
        "~[zero~;one ~;~:;many ~]",
        "~:[only one ~]",
        "~-1* ~a",
        "~{~a\n  ~}",
    ),
    "elisp": ("% d and %1$ -5s", "%.*f % S", "% q stops % d"),
    "librep": ("% d and %^ s", "% *d stops % d"),
    "ruby": (
        "%<first name>s and %<b> 5d",
        "%{a b}",
        "% d and %1$ d",
        "% d mixed %<a>s",
        "%\n and % -3s",
    ),
    "sh": ("$x and ${y}", "$ x stops", "${a b} ${c}", "$_a_1-$b2"),
    "awk": ("% d and %*1$ d", "% d %1$ d mixed", "%- 5.*s"),
    "lua": ("%5.2f and %q", "% d stops %s", "%-5s %% %5%"),
    # Not two "*" in one string: gettext 0.21 then writes past its array and
    # msgcat may crash.
    "object-pascal": ("%-5d %0:s %1:-5.2f", "%*.*f and %s", "% d stops", "%. f and %s"),
    "smalltalk": ("%1 %% %9", "%a stops %1"),
    "qt": ("%1 %L12 %L", "100% %2%3"),
    "qt-plural": ("%n %Ln %L", "%N %n"),
    "kde": ("%1 %12 %0", "100% %2"),
    "kde-kuit": ("<b>%1</b> %2", "<b>%1 unclosed", "&amp; %1 &x;"),
    "boost": ("% d and %|1$ d|", "%1% %| s| %|s|", "%T x %t", "% d %1$ d mixed"),
    "tcl": ("% d and % hd", "%1$ d % d mixed", "%.*f and %% %- 5s"),
    "perl": ("% d and % vd", "%*v d and %2$ s", "% hf stops", "%I64 d"),
    "perl-brace": ("{x} {a b} {_y}", "{1} {x}"),
    "php": ("%' 10d and % d", "%1$' s", "%. f stops % d"),
    "gcc-internal": ("%qs %< foo %> %+#D", "%.*s and %qq stops", "%1$s %.*0$s"),
    "gfc-internal": ("%C %ld %1$s", "%x stops %C"),
    "ycp": ("%1 %% %9", "%a stops %1"),
}

#: The languages whose directives above hold a place a line could break at (the
#: others' directives hold no space, and no other break opportunity).
SPACED = tuple(
    language
    for language in LANGUAGES
    if language
    not in (
        "sh",
        "lua",
        "object-pascal",
        "smalltalk",
        "qt",
        "qt-plural",
        "kde",
        "kde-kuit",
        "perl-brace",
        "gfc-internal",
        "ycp",
    )
)


def test_every_language_gettext_knows_is_covered():
    assert LANGUAGES == FORMAT_LANGUAGES
    assert set(CASES) == set(LANGUAGES)


def straddling(language: str, cases: tuple[str, ...], flag: str | None = None) -> Catalog:
    """Each case after words of many lengths, so that its directives fall across column 79."""
    messages = []
    for number, case in enumerate(cases):
        for pad in range(56, 80, 2):
            text = f"{'w' * pad} {case} and more words after the directives {number}"
            messages.append(
                Message(
                    msgid=text,
                    msgstr=text.replace("w", "v"),
                    flags=(flag or f"{language}-format",),
                    previous_msgid=f"x{text}",
                )
            )
    header = Message(msgid="", msgstr="Content-Type: text/plain; charset=UTF-8\n")
    return Catalog((header, *messages))


@pytest.mark.parametrize("language", LANGUAGES)
def test_directives_across_the_wrap_column_are_written_as_msgcat_writes_them(
    language, tmp_path, msgcat
):
    assert_like_msgcat(straddling(language, CASES[language]), tmp_path, msgcat)


@pytest.mark.parametrize("language", LANGUAGES)
def test_possible_format_wraps_as_the_format(language, tmp_path, msgcat):
    catalog = straddling(language, CASES[language], flag=f"possible-{language}-format")
    assert_like_msgcat(catalog, tmp_path, msgcat)


@pytest.mark.parametrize("language", SPACED)
def test_the_cases_do_put_directives_across_the_wrap_column(language):
    """Without the format flag some of these strings break inside a directive."""

    def strings(catalog: Catalog) -> list[str]:
        return [line for line in write_po(catalog).decode().splitlines() if line.startswith('"')]

    with_format = straddling(language, CASES[language])
    without = straddling(language, CASES[language], flag=f"no-{language}-format")
    assert strings(with_format) != strings(without)


def test_only_the_first_format_language_counts(tmp_path, msgcat):
    """A string with several format flags is parsed as the first in gettext's order."""
    combinations = [
        ("lisp-format", "c-format"),
        ("csharp-format", "lisp-format"),
        ("no-c-format", "lisp-format"),
        ("impossible-c-format", "python-format"),
        ("possible-lisp-format", "python-format"),
    ]
    messages = [
        Message(msgid=f"{'w' * pad} % d {{0,-5:x y}} ~{{~a ~}} %(a b)s {n}", flags=flags)
        for n, flags in enumerate(combinations)
        for pad in range(56, 80)
    ]
    header = Message(msgid="", msgstr="Content-Type: text/plain; charset=UTF-8\n")
    assert_like_msgcat(Catalog((header, *messages)), tmp_path, msgcat)


#: A non-ASCII character of each charset (for Shift_JIS, one whose second byte
#: is a backslash).
CHARSET_CHARACTERS = {
    "UTF-8": "é",
    "ISO-8859-1": "é",
    "EUC-JP": "日",
    "GB18030": "中",
    "SHIFT_JIS": "ソ",
}


def charset_cases(c: str) -> dict[str, tuple[str, ...]]:
    """Strings whose directives gettext finds only when it reads bytes, not characters."""
    return {
        # Marked at byte offsets from the string's start, not character ones.
        "python-brace": (f"{c * 20} " + "w " * 40 + "{" + "n" * 100 + "}",),
        # A character parameter is one byte: the rest of a multibyte one is
        # an error, and the directives after it do not count.
        "lisp": (f"~'{c},5d and ~{{~a ~}}",),
        "php": (f"%'{c}5d and % d",),
        # In a number pattern a backslash quotes the next character.
        "java": (f"{{0,number,{c}#}} and {{1,date,d MMM yyyy}}",),
    }


@pytest.mark.parametrize("charset", list(CHARSET_CHARACTERS))
def test_directives_are_found_in_the_bytes_of_the_files_charset(charset, tmp_path, msgcat):
    messages = []
    for language, cases in charset_cases(CHARSET_CHARACTERS[charset]).items():
        messages += straddling(language, cases).messages[1:]
    header = Message(msgid="", msgstr=f"Content-Type: text/plain; charset={charset}\n")
    assert_like_msgcat(Catalog((header, *messages)), tmp_path, msgcat)


# ---------------------------------------------------------------------------
# Positions, where wrapping cannot show them: as gettext 0.21's parsers mark them

POSITIONS = [
    ("qt", "a %1 b %L12 c %L", False, {3, 8, 9, 10}),
    ("qt-plural", "%n %Ln %N", False, {1, 4, 5}),
    ("kde", "%1 %12 %0 %3", False, {1, 4, 5, 11}),
    ("kde-kuit", "<b>%1</b>", False, {4}),
    ("kde-kuit", "<b>%1</i>", False, set()),
    ("kde-kuit", "&x; %1", False, {5}),
    ("kde-kuit", "&#0; %1", False, set()),
    ("kde-kuit", "<ǅ>%1</ǅ>", False, {4}),
    ("smalltalk", "%1 %% %a %2", False, {1, 4}),
    ("ycp", "%9%%", False, {1, 3}),
    ("gfc-internal", "%C %ld %1$s %x %C", False, {1, 4, 5, 8, 9, 10}),
    ("perl-brace", "{x} {1} {_y}", False, {1, 2, 9, 10, 11}),
    ("sh", "$x ${y} $ z $w", False, {1, 4, 5, 6}),
    ("c", "%Id", True, {1, 2}),
    ("c", "%Id", False, set()),
    ("python-brace", "ab {abc}", False, {1, 2, 3, 4}),
    ("python-brace", "{abc} xx {a[b;", False, {1, 2, 3, 4}),
    ("python-brace", "{abc} xx {a.;", False, set()),
    ("lisp", "~{~a~} ~a", False, {1, 2, 3, 4, 5, 8}),
    ("scheme", "~< ~a~>", False, set()),
    ("java", "{0} '{1}' {2", False, {1, 2}),
    ("unknown", "%s {0}", False, set()),
]


@pytest.mark.parametrize(("language", "value", "is_msgstr", "expected"), POSITIONS)
def test_directive_positions(language, value, is_msgstr, expected):
    assert directive_positions(language, value, is_msgstr) == expected


def test_positions_are_characters_whatever_the_charset():
    # gettext marks bytes; a multibyte character counts once.
    assert directive_positions("c", "é %s", False) == {3}
    assert directive_positions("c", "日本 %s", False, "euc-jp") == {4}
