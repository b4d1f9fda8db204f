"""A fuzzy suggestion that now contradicts the source is an error, not just stale."""

from __future__ import annotations

import pytest

from tests.checkutil import fails
from toolkit.catalog import Message
from toolkit.checks.base import CheckContext
from toolkit.checks.fuzzy_risk import FuzzyRisk
from toolkit.locales import get_language

FUZZY = ("fuzzy",)


@pytest.mark.parametrize(
    ("source", "old_translation", "language"),
    [
        # The dose changed in the source; the carried-over translation keeps the old one.
        ("Take 50 mg once a day.", "Prenez 25 mg une fois par jour.", "fr"),
        ("The effect lasts 24 hours.", "Die Wirkung hält 12 Stunden an.", "de"),
        # A "not" was added to the source.
        ("Do not drive after the infusion.", "Conduzca después de la infusión.", "es"),
        ("Ketamine is not approved for this use.", "氯胺酮已获批用于此用途。", "zh_CN"),
        # A "not" was removed from the source.
        ("You may eat before treatment.", "Você não pode comer antes do tratamento.", "pt_BR"),
    ],
)
def test_dangerous_suggestions_are_flagged(source, old_translation, language):
    assert fails(FuzzyRisk, source, old_translation, language, flags=FUZZY)


@pytest.mark.parametrize(
    ("source", "old_translation", "language"),
    [
        # Only wording changed: the suggestion is stale but says the same thing.
        ("Ketamine may help within hours.", "La kétamine peut aider en quelques heures.", "fr"),
        ("Do not drive for 24 hours.", "Fahren Sie 24 Stunden lang nicht Auto.", "de"),
        ("Effects usually fade within 2 hours.", "تزول التأثيرات عادة خلال 2 ساعة.", "ar"),
    ],
)
def test_harmless_suggestions_pass(source, old_translation, language):
    assert not fails(FuzzyRisk, source, old_translation, language, flags=FUZZY)


def test_only_fuzzy_entries_are_looked_at():
    assert not fails(FuzzyRisk, "Take 50 mg.", "Prenez 25 mg.", "fr")


def test_a_term_the_new_source_names_but_the_old_translation_lacks():
    from pathlib import Path

    from toolkit.checks.base import CheckContext
    from toolkit.glossary import read_tbx
    from toolkit.locales import get_language
    from toolkit.terms import TermMatcher

    glossary = read_tbx(Path(__file__).parent.parent / "locales" / "glossary.tbx")
    context = CheckContext(get_language("fr"), TermMatcher(glossary, "en", "fr"))
    # The source now names hallucinations, where it used to name anxiety.
    assert fails(
        FuzzyRisk,
        "Patients may experience hallucinations.",
        "Les patients peuvent ressentir de l'anxiété.",
        "fr",
        flags=FUZZY,
        context=context,
    )
    assert not fails(
        FuzzyRisk,
        "Patients may experience hallucinations.",
        "Les patients peuvent avoir des hallucinations.",
        "fr",
        flags=FUZZY,
        context=context,
    )


def _said(previous: str, source: str, old_translation: str, language: str) -> list[str]:
    message = Message(source, old_translation, flags=FUZZY, previous_msgid=previous, line=1)
    return list(FuzzyRisk().check_message(message, CheckContext(get_language(language))))


#: An edit that adds advice holding no number, negation or term: only the sentence tells.
ADDED = "Tell your doctor about any other medicines you take."


@pytest.mark.parametrize(
    ("previous", "source", "old_translation", "language"),
    [
        (
            "Ketamine may cause dizziness.",
            f"Ketamine may cause dizziness. {ADDED}",
            "Die Ketaminbehandlung kann Schwindel verursachen.",
            "de",
        ),
        (
            "Ketamine may cause dizziness. Rest after the session.",
            f"Ketamine may cause dizziness. {ADDED} Rest after the session.",
            "氯胺酮可能引起头晕。治疗后请休息。",
            "zh_CN",
        ),
    ],
)
def test_a_sentence_the_edit_added_is_named(previous, source, old_translation, language):
    assert _said(previous, source, old_translation, language) == [
        f"the source gained a sentence the old translation lacks: “{ADDED}”"
    ]


@pytest.mark.parametrize(
    ("previous", "source"),
    [
        # Reworded, not added: stale, as every fuzzy entry is, but not missing anything.
        ("Ketamine may cause dizziness. Rest.", "Ketamine can cause dizziness. Rest well."),
        # A sentence removed from the source: the old translation says more, not less.
        ("Ketamine may cause dizziness. Rest.", "Ketamine may cause dizziness."),
        # Two sentences joined by the edit.
        ("Ketamine may cause dizziness. Rest.", "Ketamine may cause dizziness, so rest."),
    ],
)
def test_an_edit_that_adds_no_sentence_is_not_named(previous, source):
    assert _said(previous, source, "Ketamin kann Schwindel verursachen. Ruhen Sie.", "de") == []
