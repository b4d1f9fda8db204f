"""Whitespace and final punctuation checks, pofilter's, with each language's own marks."""

# ruff: noqa: RUF001 -- real translations hold non-ASCII punctuation

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.checks.punctuation import (
    DoubleSpace,
    EndPunctuation,
    LeadingWhitespace,
    TrailingWhitespace,
    final_punctuation,
)
from toolkit.findings import Severity

from .checkutil import fails, messages

SENTENCE = "These effects typically subside shortly after the infusion."
QUESTION = "How does ketamine work?"
HEADING = "Side Effects"

END_GOOD = [
    (SENTENCE, "Estos efectos suelen remitir poco después de la infusión.", "es"),
    (SENTENCE, "Ces effets disparaissent généralement peu après la perfusion.", "fr"),
    (SENTENCE, "Diese Wirkungen klingen in der Regel kurz nach der Infusion ab.", "de"),
    (SENTENCE, "Esses efeitos normalmente desaparecem logo após a infusão.", "pt_BR"),
    (SENTENCE, "وعادةً ما تزول هذه الآثار بعد وقت قصير من التسريب.", "ar"),
    (SENTENCE, "这些效应通常在输注后不久消退。", "zh_CN"),
    (QUESTION, "¿Cómo actúa la ketamina?", "es"),
    (QUESTION, "Ketamina: ¿cómo actúa?", "es"),
    (QUESTION, "Comment agit la kétamine\u202f?", "fr"),
    (QUESTION, "Comment agit la kétamine ?", "fr"),
    (QUESTION, "Wie wirkt Ketamin?", "de"),
    (QUESTION, "Como a cetamina age?", "pt_BR"),
    (QUESTION, "كيف يعمل الكيتامين؟", "ar"),
    (QUESTION, "氯胺酮如何起作用？", "zh_CN"),
    ("Warning!", "¡Atención!", "es"),
    ("Possible side effects:", "可能的副作用：", "zh_CN"),
    ("Possible side effects:", "Effets secondaires possibles\u00a0:", "fr"),
    ("And then…", "Et puis...", "fr"),
    ("It is **not without side effects.**", "Elle n'est **pas sans effets secondaires.**", "fr"),
    ('He said "stop."', "Il a dit « stop. »", "fr"),
    ("[Ketamine](https://example.org) works.", "[氯胺酮](https://example.org)有效。", "zh_CN"),
    # Headings have no final punctuation in either language.
    (HEADING, "Efectos secundarios", "es"),
    (HEADING, "الآثار الجانبية", "ar"),
    (HEADING, "副作用", "zh_CN"),
    ("Post-Traumatic Stress Disorder (PTSD)", "Trouble de stress post-traumatique (TSPT)", "fr"),
    # The last full stop is an abbreviation's, which the translation need not have.
    ("Take your dose at 8 p.m.", "Nehmen Sie Ihre Dosis um 20 Uhr", "de"),
    ("Next infusion: Feb.", "下次输注：二月", "zh_CN"),
    ("Nasal sprays, tablets, etc.", "Aerosoles nasales, comprimidos, etc.", "es"),
]


@pytest.mark.parametrize(("source", "translation", "language"), END_GOOD)
def test_equivalent_final_punctuation_passes(source, translation, language):
    assert not fails(EndPunctuation, source, translation, language)


END_BAD = [
    (SENTENCE, "这些效应通常在输注后不久消退", "zh_CN"),
    (SENTENCE, "Diese Wirkungen klingen in der Regel kurz nach der Infusion ab", "de"),
    (QUESTION, "La ketamina actúa así.", "es"),
    (QUESTION, "Cómo actúa la ketamina?", "es"),
    (QUESTION, "كيف يعمل الكيتامين.", "ar"),
    ("Possible side effects:", "Effets secondaires possibles.", "fr"),
    (HEADING, "Efectos secundarios.", "es"),
    # A full stop after an ordinary word is a sentence's.
    ("Take your dose at night.", "Nehmen Sie Ihre Dosis abends ein", "de"),
]


@pytest.mark.parametrize(("source", "translation", "language"), END_BAD)
def test_lost_or_changed_final_punctuation_fails(source, translation, language):
    assert fails(EndPunctuation, source, translation, language)


def test_end_punctuation_messages():
    assert messages(EndPunctuation, QUESTION, "Cómo actúa la ketamina?", "es") == [
        "the final sentence ends with ? but does not open with ¿"
    ]
    assert messages(EndPunctuation, HEADING, "Nebenwirkungen.", "de") == [
        "the translation ends with a full stop (.) but the source does not"
    ]
    assert EndPunctuation.severity is Severity.INFO


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Done.", ("full stop", ".")),
        ("完成。」", ("full stop", "。")),
        ("Wait...", ("ellipsis", "...")),
        ("لماذا؟\u200f", ("question mark", "؟")),
        ("Side Effects", None),
    ],
)
def test_final_punctuation(text, expected):
    assert final_punctuation(text) == expected


WHITESPACE = [
    (LeadingWhitespace, "Side Effects", " Efectos secundarios", True),
    (LeadingWhitespace, "Side Effects", "\u00a0Effets secondaires", True),
    (LeadingWhitespace, "Side Effects", "Efectos secundarios", False),
    (LeadingWhitespace, " indented", " eingerückt", False),
    (TrailingWhitespace, "Side Effects", "Nebenwirkungen ", True),
    (TrailingWhitespace, "Side Effects", "副作用\u3000", True),
    (TrailingWhitespace, "Side Effects", "副作用", False),
    (TrailingWhitespace, "Label: ", "Étiquette\u00a0: ", False),
    (DoubleSpace, SENTENCE, "Estos efectos  suelen remitir poco después de la infusión.", True),
    (DoubleSpace, SENTENCE, "Ces effets disparaissent \u00a0peu après la perfusion.", True),
    (DoubleSpace, SENTENCE, "Ces effets disparaissent généralement peu après la perfusion.", False),
    (DoubleSpace, "A  B", "A  B", False),
    (DoubleSpace, QUESTION, "Comment agit la kétamine\u202f?", False),
]


@pytest.mark.parametrize(("check", "source", "translation", "flagged"), WHITESPACE)
def test_whitespace(check, source, translation, flagged):
    assert fails(check, source, translation, "fr") is flagged
    assert check.severity is Severity.WARNING


# Trailing whitespace is read with ``str.rstrip`` and doubled spaces are only searched
# for when a text can hold them; both must say what their definitions as patterns say.
_SPACES = "ab. \n\t\r\u00a0\u202f\u3000\u2009\x0b\x1c"
_SPACED_TEXT = st.lists(st.sampled_from(list(_SPACES)), max_size=10)


@settings(max_examples=1000, deadline=None)
@given(text=_SPACED_TEXT.map("".join))
def test_edge_and_doubled_spaces_are_what_their_patterns_say(text):
    trailing = re.search(r"[^\S\n]*\Z", text).group()
    assert TrailingWhitespace().whitespace(text) == trailing
    assert LeadingWhitespace().whitespace(text) == re.match(r"[^\S\n]*", text).group()
    doubled = len(re.findall("[ \u00a0\u202f]{2,}", text.strip()))
    assert list(DoubleSpace().problems("", text, "fr")) == (
        [f"the translation has {doubled} doubled space(s) not in the source"] if doubled else []
    )
