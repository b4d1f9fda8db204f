"""url-mismatch and markup-mismatch: links, emphasis, code and inline HTML survive translation."""

# ruff: noqa: RUF001 -- real translations hold non-ASCII punctuation

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.checks.markup import (
    MarkupMismatch,
    UrlMismatch,
    _has_syntax,
    _parsed_inline,
    markup_structure,
    prose_text,
    urls,
    visible_text,
)
from toolkit.findings import Severity

from .checkutil import fails, messages

URL = "https://www.peacevalleyrecovery.com/drug-rehab/ketamine/"
KETAMINE = (
    f"[Ketamine]({URL}) is a dissociative anesthetic that acts primarily on the NMDA "
    "(N-methyl-D-aspartate) receptor in the brain."
)
KETAMINE_TRANSLATED = [
    (
        f"La [ketamina]({URL}) es un anestésico disociativo que actúa principalmente sobre el "
        "receptor NMDA (N-metil-D-aspartato) del cerebro.",
        "es",
    ),
    (
        f"La [kétamine]({URL}) est un anesthésique dissociatif qui agit principalement sur le "
        "récepteur NMDA (N-méthyl-D-aspartate) du cerveau.",
        "fr",
    ),
    (
        f"[Ketamin]({URL}) ist ein dissoziatives Anästhetikum, das vor allem am NMDA-Rezeptor "
        "(N-Methyl-D-Aspartat) im Gehirn wirkt.",
        "de",
    ),
    (
        f"A [cetamina]({URL}) é um anestésico dissociativo que atua principalmente no receptor "
        f"NMDA "
        "(N-metil-D-aspartato) do cérebro.",
        "pt_BR",
    ),
    (
        f"[الكيتامين]({URL}) مخدر انفصالي يعمل أساسًا على مستقبلات NMDA (N-ميثيل-D-أسبارتات) "
        "في الدماغ.",
        "ar",
    ),
    (
        f"[氯胺酮]({URL})是一种解离性麻醉药，主要作用于大脑中的NMDA（N-甲基-D-天冬氨酸）受体。",
        "zh_CN",
    ),
]


@pytest.mark.parametrize(("translation", "language"), KETAMINE_TRANSLATED)
def test_the_articles_link_keeps_its_target(translation, language):
    assert not fails(UrlMismatch, KETAMINE, translation, language)
    assert not fails(MarkupMismatch, KETAMINE, translation, language)


URL_GOOD = [
    (
        "Read more at <https://example.org/ketamine>.",
        "Lire la suite sur <https://example.org/ketamine>.",
        "fr",
    ),
    (
        "Visit https://www.peacevalleyrecovery.com.",
        "请访问 https://www.peacevalleyrecovery.com。",
        "zh_CN",
    ),
    (
        "Visit https://www.peacevalleyrecovery.com.",
        "تفضل بزيارة https://www.peacevalleyrecovery.com.",
        "ar",
    ),
    (
        "See https://en.wikipedia.org/wiki/Ketamine_(drug) for details.",
        "Siehe https://en.wikipedia.org/wiki/Ketamine_(drug) für Details.",
        "de",
    ),
    # A link moved to other words, and a bare URL that became a link, keep the same URLs.
    (
        f"Learn about [ketamine therapy]({URL}) today.",
        f"Conheça hoje a [terapia com cetamina]({URL}).",
        "pt_BR",
    ),
    ("No links at all.", "Sin ningún enlace.", "es"),
]


@pytest.mark.parametrize(("source", "translation", "language"), URL_GOOD)
def test_urls_kept(source, translation, language):
    assert not fails(UrlMismatch, source, translation, language)


URL_BAD = [
    # A translated slug is a broken link.
    (
        KETAMINE,
        "La [ketamina](https://www.peacevalleyrecovery.com/drug-rehab/ketamina/) es un anestésico "
        "disociativo.",
        "es",
    ),
    (KETAMINE, "La kétamine est un anesthésique dissociatif.", "fr"),
    (KETAMINE, f"[Ketamin]({URL}) ist ein Anästhetikum, siehe [hier](https://example.com).", "de"),
    (
        "Read more at <https://example.org/ketamine>.",
        "Lire la suite sur <https://example.org/ketamine-fr>.",
        "fr",
    ),
    (
        "Visit https://www.peacevalleyrecovery.com.",
        "请访问 http://www.peacevalleyrecovery.com。",
        "zh_CN",
    ),
]


@pytest.mark.parametrize(("source", "translation", "language"), URL_BAD)
def test_altered_missing_or_added_urls_fail(source, translation, language):
    assert fails(UrlMismatch, source, translation, language)


MARKUP_GOOD = [
    (
        "Ketamine is *not* a first-line treatment.",
        "La ketamina *no* es un tratamiento de primera línea.",
        "es",
    ),
    (
        "Ketamine is *not* a first-line treatment.",
        "Ketamin ist _keine_ Erstlinienbehandlung.",
        "de",
    ),
    # Emphasis moves with the words it belongs to, and their order may change.
    ("**Do not** drive, *even* briefly.", "*Même* brièvement, **ne conduisez pas**.", "fr"),
    (
        "Run `l10n check` before committing.",
        "Execute `l10n check` antes de fazer o commit.",
        "pt_BR",
    ),
    ("Water is H<sub>2</sub>O.", "الماء هو H<sub>2</sub>O.", "ar"),
    ("![Ketamine molecule](img/ketamine.png)", "![氯胺酮分子](img/ketamine.png)", "zh_CN"),
    ("See [side effects](#side-effects).", "Voir [effets secondaires](#side-effects).", "fr"),
    ("**Important:** read this.", "**重要：** 请阅读。", "zh_CN"),
    ("Line one\\\nline two", "Línea uno\\\nlínea dos", "es"),
]


@pytest.mark.parametrize(("source", "translation", "language"), MARKUP_GOOD)
def test_markup_kept(source, translation, language):
    assert not fails(MarkupMismatch, source, translation, language)


MARKUP_BAD = [
    (
        "Ketamine is *not* a first-line treatment.",
        "La ketamina no es un tratamiento de primera línea.",
        "es",
    ),
    # A space between ] and ( is no link any more.
    (KETAMINE, f"La [kétamine] ({URL}) est un anesthésique dissociatif.", "fr"),
    ("**Do not** drive.", "**Ne conduisez pas.", "fr"),
    ("Run `l10n check` before committing.", "Execute `l10n verificar` antes do commit.", "pt_BR"),
    ("Run `l10n check` before committing.", "Execute l10n check antes do commit.", "pt_BR"),
    ("Water is H<sub>2</sub>O.", "Wasser ist H2O.", "de"),
    ("See [side effects](#side-effects).", "Voir [effets secondaires](#effets-secondaires).", "fr"),
    ("![Ketamine molecule](img/ketamine.png)", "氯胺酮分子", "zh_CN"),
    ("Ketamine is effective.", "La ketamina es **eficaz**.", "es"),
    # CommonMark does not close ** after 。 followed by a letter: the reader sees the stars.
    ("**Important.** Read this.", "**重要。**请阅读。", "zh_CN"),
    ("Line one\\\nline two", "Línea uno línea dos", "es"),
]


@pytest.mark.parametrize(("source", "translation", "language"), MARKUP_BAD)
def test_lost_or_added_markup_fails(source, translation, language):
    assert fails(MarkupMismatch, source, translation, language)


def test_messages_say_what_is_lost_and_what_is_added():
    assert messages(UrlMismatch, KETAMINE, "La ketamina es un anestésico disociativo.", "es") == [
        f"the translation lacks the source's URL {URL}"
    ]
    assert messages(MarkupMismatch, "*a* and `b`", "**a** und `c`", "de") == [
        "the translation lacks the source's code span `b`",
        "the translation lacks the source's emphasis (*…* or _…_)",
        "the translation has code span `c` not in the source",
        "the translation has strong emphasis (**…**) not in the source",
    ]
    assert UrlMismatch.severity is MarkupMismatch.severity is Severity.ERROR


def test_a_changed_absolute_target_is_reported_once():
    translation = "La [ketamina](https://example.org/) es un anestésico."
    assert fails(UrlMismatch, KETAMINE, translation, "es")
    assert not fails(MarkupMismatch, KETAMINE, translation, "es")


def test_what_a_reader_sees():
    text = f"[Ketamine]({URL}) at *0.5* mg, `code 7`, see <https://x.org/9> or https://y.org/8."
    assert (
        visible_text(text) == "Ketamine at 0.5 mg, code 7, see https://x.org/9 or https://y.org/8."
    )
    assert prose_text(text) == "Ketamine at 0.5 mg,  , see  or  "
    assert urls(text) == {URL: 1, "https://x.org/9": 1, "https://y.org/8": 1}
    assert markup_structure(text) == {
        "link": 1,
        "emphasis (*…* or _…_)": 1,
        "code span `code 7`": 1,
        "autolink <…>": 1,
    }


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_characters="\\`*_[]<>!&\n\r\x00"), max_size=60))
def test_plain_text_shortcut_agrees_with_the_parser(text):
    from toolkit.checks.markup import _parser, inline_tokens

    parsed = _parser(False).parseInline(text)[0].children or []
    assert [(t.type, t.content) for t in inline_tokens(text)] == [
        (t.type, t.content) for t in parsed
    ]


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*"ab é_!&>]#;x1 \t", "snake_case", "&amp;", "&#35;", "&#x41;", "&nbsp;", "&foo;"]
        ),
        max_size=16,
    ).map("".join)
)
def test_text_the_shortcut_calls_plain_is_one_text_token_to_the_parser(text):
    """Text without inline syntax skips the parser: it must be what the parser says."""
    if _has_syntax(text):
        return
    parsed = _parsed_inline(text, False)
    assert [(t.type, t.content) for t in parsed] == ([("text", text)] if text else [])
