"""Completeness, header, plural and placeholder checks, and the registry and runner."""

from __future__ import annotations

import random

import pytest

from toolkit.catalog import Catalog, Message
from toolkit.checks import CHECKS, CHECKS_BY_ID, compile_blockers, get_check, run_checks
from toolkit.checks.base import CheckContext
from toolkit.checks.completeness import Fuzzy, Untranslated
from toolkit.checks.header import Header
from toolkit.checks.placeholders import NewlineMismatch, PlaceholderMismatch
from toolkit.checks.plurals import PluralCount
from toolkit.findings import Severity
from toolkit.locales import get_language

from .checkutil import fails, format_verdicts, messages

FR_HEADER = Message(
    msgid="",
    msgstr=(
        "Content-Type: text/plain; charset=UTF-8\n"
        "Language: fr\n"
        f"Plural-Forms: {get_language('fr').plural_forms}\n"
    ),
)


def catalog(*messages: Message, header: Message = FR_HEADER) -> Catalog:
    return Catalog((header, *messages))


def run(cat: Catalog, *checks, **kwargs):
    return run_checks(
        cat, CheckContext(language=get_language("fr")), "x.po", checks or CHECKS, **kwargs
    )


def test_ids_are_unique_kebab_case_and_described():
    assert len(CHECKS_BY_ID) == len(CHECKS)
    for check in CHECKS:
        assert check.id == check.id.lower() and " " not in check.id and "_" not in check.id
        assert check.description() and not check.description().endswith(" ")
        assert check.ignore_flag() == f"ignore-{check.id}"


def test_unknown_check_names_the_known_ones():
    with pytest.raises(KeyError, match="untranslated"):
        get_check("untranslatd")


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (Message("Hello", ""), True),
        (Message("Hello", "Bonjour"), False),
        (Message("file", msgid_plural="files", msgstr_plural=("fichier", "")), True),
        (
            Message(
                "file", msgid_plural="files", msgstr_plural=("fichier", "fichiers", "fichiers")
            ),
            False,
        ),
    ],
)
def test_untranslated(message, expected):
    assert bool(list(Untranslated().check_message(message, CheckContext()))) is expected


def test_fuzzy_is_reported_even_with_translation():
    assert fails(Fuzzy, "Hello", "Bonjour", flags=("fuzzy",))
    assert not fails(Fuzzy, "Hello", "Bonjour")


def test_ignore_flag_silences_one_entry_and_is_counted():
    result = run(
        catalog(Message("a", "", line=5), Message("b", "", flags=("ignore-untranslated",), line=9)),
        Untranslated,
    )
    assert [(f.check, f.line) for f in result.findings] == [("untranslated", 5)]
    assert result.silenced == 1
    assert result.silenced_by_check == {"untranslated": 1}


def test_severity_overrides_are_data():
    result = run(
        catalog(Message("a", "", line=5)), Untranslated, severities={"untranslated": Severity.INFO}
    )
    assert result.findings[0].severity is Severity.INFO


@pytest.mark.parametrize(
    ("header", "words"),
    [
        (
            "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n > 1);\n",
            "no Language",
        ),
        ("Content-Type: text/plain; charset=UTF-8\nLanguage: xx\n", "unknown language"),
        ("Content-Type: text/plain; charset=UTF-8\nLanguage: fr\n", "no Plural-Forms"),
        (
            "Content-Type: text/plain; charset=UTF-8\nLanguage: fr\n"
            "Plural-Forms: nplurals=2; plural=(n > 1);\n",
            "differs from CLDR",
        ),
        (
            "Content-Type: text/plain; charset=KOI9\nLanguage: fr\n"
            f"Plural-Forms: {get_language('fr').plural_forms}\n",
            "unknown charset",
        ),
        (
            "Content-Type: text/plain; charset=UTF-8\nLanguage: pt-br\n"
            f"Plural-Forms: {get_language('pt_BR').plural_forms}\n",
            "spelled 'pt_BR'",
        ),
    ],
)
def test_header_problems(header, words):
    result = run(catalog(header=Message("", header)), Header)
    assert any(words in f.message for f in result.findings), result.findings


def test_good_header_passes():
    assert run(catalog(), Header).findings == ()


def test_plural_count_against_header():
    good = Message("file", msgid_plural="files", msgstr_plural=("a", "b", "c"), line=3)
    bad = Message("dose", msgid_plural="doses", msgstr_plural=("a", "b"), line=7)
    result = run(catalog(good, bad), PluralCount)
    assert [(f.line, f.message) for f in result.findings] == [
        (7, "2 plural forms, but the header declares nplurals=3")
    ]


@pytest.mark.parametrize(
    ("source", "translation", "flag", "bad"),
    [
        ("%(count)d doses", "%(count)d doses", "python-format", False),
        ("%(count)d doses", "%(nombre)d doses", "python-format", True),
        ("%s of %s", "%s sur %s", "python-format", False),
        ("%s of %s", "%s", "python-format", True),
        # A lone % ends the string in the middle of a directive: formatting it fails.
        ("100%% sure", "sûr à 100 %", "python-format", True),
        ("100%% sure", "sûr à 100 %%", "python-format", False),
        # Swapped arguments of two types crash the program; the same type in
        # another spelling, or another width, takes the same argument.
        ("%s of %d", "%d sur %s", "python-format", True),
        ("%(count)d doses", "%(count)i doses", "python-format", False),
        ("%5.2f mg", "%.2f mg", "python-format", False),
        ("%x", "%o", "python-format", False),
        ("%(name)s and %(name)s", "%(name)s", "python-format", False),
        ("%(name)s", "%(name)s, %(name)s", "python-format", False),
        ("%s", "%(name)s", "python-format", True),
        ("%*d", "%d", "python-format", True),
        ("{dose!r} a day", "{dose} par jour", "python-brace-format", False),
        ("{dose:>5} a day", "{dose} par jour", "python-brace-format", False),
        ("{dose.amount} a day", "{dose} par jour", "python-brace-format", False),
        ("{0} of {1}", "{1} sur {0}", "python-brace-format", False),
        ("{} of {}", "{}", "python-brace-format", True),
        ("{dose:{width}}", "{dose}", "python-brace-format", True),
        ("{dose} a day", "{dose par jour", "python-brace-format", True),
        ("{{literal}}", "{{littéral}}", "python-brace-format", False),
        ("%u patients", "%d patients", "c-format", True),
        ("%ld mg", "%d mg", "c-format", True),
        ("%i mg", "%d mg", "c-format", False),
        ("%s (%d)", "%d (%s)", "c-format", True),
        ("%2$s %1$s", "%1$s %2$s", "c-format", False),
        ("%.*s", "%s", "c-format", True),
        ("%s: %m", "%s : x", "c-format", False),
        ("{name} takes {dose}", "{dose} pour {name}", "python-brace-format", False),
        ("{name} takes {dose}", "{nom} prend {dose}", "python-brace-format", True),
        ("%1$s and %2$d", "%2$d et %1$s", "c-format", False),
        ("%d mg", "%s mg", "c-format", True),
        ("%d mg", "%d mg", "no-python-format", False),
    ],
)
def test_placeholders(source, translation, flag, bad):
    assert fails(PlaceholderMismatch, source, translation, flags=(flag,)) is bad


def test_placeholder_messages_name_the_argument_and_its_types():
    assert messages(PlaceholderMismatch, "%s of %d", "%d sur %s", flags=("python-format",)) == [
        "translation has %d (integer) for argument 1, where the source has %s (string) "
        "(python-format)",
        "translation has %s (string) for argument 2, where the source has %d (integer) "
        "(python-format)",
    ]
    assert messages(PlaceholderMismatch, "%s", "%(name)s", flags=("python-format",)) == [
        "translation takes its arguments by name, the source by position (python-format)"
    ]
    assert messages(PlaceholderMismatch, "%ld mg", "%d mg", flags=("c-format",)) == [
        "translation has %d (int) for argument 1, where the source has %ld (int (l)) (c-format)"
    ]


def test_a_plural_form_may_leave_out_an_argument_but_not_add_one():
    message = Message(
        "One file",
        msgid_plural="%(count)d files",
        msgstr_plural=("un fichier", "%(count)d fichiers", "%(n)d"),
        flags=("python-format",),
        line=1,
    )
    context = CheckContext(language=get_language("fr"))
    assert list(PlaceholderMismatch().check_message(message, context)) == [
        "msgstr[2] has %(n)d not in the source (python-format)"
    ]


def test_placeholders_ignored_without_format_flag():
    assert not fails(PlaceholderMismatch, "%(count)d doses", "%(nombre)d doses")


def test_newline_mismatch_and_compile_blockers():
    message = Message("Line\n", "Ligne", line=4)
    assert fails(NewlineMismatch, "Line\n", "Ligne")
    assert not fails(NewlineMismatch, "Line\n", "Ligne\n")
    assert [f.check for f in compile_blockers(catalog(message))] == ["newline-mismatch"]


#: Pieces of format strings, valid and not, that random pairs are made of.
_FORMAT_PIECES = {
    "python-format": (
        "%s", "%d", "%i", "%r", "%f", "%.2f", "%5d", "%x", "%c", "%%", "%(a)s", "%(a)d", "%(b)s",
        "%(b)i", "%*d", "%-s", "%", " ", "x", "%.*f", "%e", "%g", "%o", "%u", "%ld", "%(c)r",
    ),
    "c-format": (
        "%s", "%d", "%i", "%u", "%ld", "%lu", "%lld", "%zu", "%x", "%f", "%g", "%c", "%p", "%%",
        "%1$s", "%2$d", "%2$s", "%1$d", "%*d", "%.*s", "%m", "%5d", "%-s", "%hd", "%hhd", "%jd",
        "%n", "%", " ", "x", "%3$s", "%'d", "%Lf", "%lf", "%ls", "%lc", "%S", "%C", "%.2f",
    ),
}  # fmt: skip


def test_placeholder_checks_agree_with_msgfmt_on_random_format_strings(tmp_path, msgfmt):
    """Random pairs of python-format and c-format strings, valid and not: msgfmt -c refuses
    exactly the entries the placeholder and newline checks report."""
    rng = random.Random(20261128)
    entries = []
    for flag, pieces in _FORMAT_PIECES.items():
        for _ in range(3000):
            source = "m" + "".join(rng.choices(pieces, k=rng.randint(0, 4)))
            translation = "m" + ("".join(rng.choices(pieces, k=rng.randint(0, 4))) or "y")
            entries.append(Message(source, translation, msgctxt=str(len(entries)), flags=(flag,)))
    refused, reported = format_verdicts(entries, tmp_path, msgfmt)
    assert len(refused) > 3000  # most random pairs disagree: msgfmt did run
    assert sorted(refused - reported) == []
    assert sorted(reported - refused) == []
