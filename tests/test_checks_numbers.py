"""number-mismatch: every number of the source, in the spelling the target language reads."""

# ruff: noqa: RUF001 -- real translations hold non-ASCII digits and punctuation

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from toolkit.checks.numbers import (
    NumberMismatch,
    cjk_numeral_value,
    compare_numbers,
    normalize_digits,
    number_format,
    number_problems,
)
from toolkit.findings import Severity

from .checkutil import fails, messages

LANGUAGES = ("es", "fr", "de", "pt_BR", "ar", "zh_CN", "ja", "")

AMPA = (
    "In addition to NMDA antagonism, ketamine also stimulates AMPA "
    "(alpha-amino-3-hydroxy-5-methyl-4-isoxazolepropionic acid) receptors."
)
DOSE = "The usual dose is 0.5 mg/kg given intravenously over 40 minutes."
SPRAY = "Esketamine nasal spray is given at 56 mg or 84 mg, twice a week for the first 4 weeks."
ONSET = "Effects begin within 24 h in about 70% of patients."
ENROLLED = "More than 1,000 patients were enrolled."
LINKED = "[Ketamine](https://example.org/2024/ketamine-5) is given at 5 mg."

GOOD = [
    (
        AMPA,
        "Además del antagonismo NMDA, la ketamina también estimula los receptores AMPA (ácido "
        "alfa-amino-3-hidroxi-5-metil-4-isoxazolpropiónico).",
        "es",
    ),
    (
        AMPA,
        "Outre l'antagonisme NMDA, la kétamine stimule également les récepteurs AMPA (acide "
        "alpha-amino-3-hydroxy-5-méthyl-4-isoxazolepropionique).",
        "fr",
    ),
    (
        AMPA,
        "Neben dem NMDA-Antagonismus stimuliert Ketamin auch AMPA-Rezeptoren "
        "(alpha-Amino-3-hydroxy-5-methyl-4-isoxazolpropionsäure).",
        "de",
    ),
    (
        AMPA,
        "Além do antagonismo NMDA, a cetamina também estimula os receptores AMPA (ácido "
        "alfa-amino-3-hidroxi-5-metil-4-isoxazolpropiônico).",
        "pt_BR",
    ),
    (
        AMPA,
        "بالإضافة إلى تثبيط مستقبلات NMDA، يحفّز الكيتامين أيضًا مستقبلات AMPA (حمض "
        "ألفا-أمينو-3-هيدروكسي-5-ميثيل-4-أيزوكسازول بروبيونيك).",
        "ar",
    ),
    (
        AMPA,
        "除NMDA拮抗作用外，氯胺酮还能刺激AMPA（α-氨基-3-羟基-5-甲基-4-异噁唑丙酸）受体。",
        "zh_CN",
    ),
    (DOSE, "La dosis habitual es de 0,5 mg/kg por vía intravenosa durante 40 minutos.", "es"),
    (
        DOSE,
        "La dose habituelle est de 0,5 mg/kg, administrée par voie intraveineuse en 40 minutes.",
        "fr",
    ),
    (DOSE, "Die übliche Dosis beträgt 0,5 mg/kg, intravenös über 40 Minuten verabreicht.", "de"),
    (
        DOSE,
        "A dose habitual é de 0,5 mg/kg, administrada por via intravenosa durante 40 minutos.",
        "pt_BR",
    ),
    (DOSE, "الجرعة المعتادة هي 0.5 ملغ/كغ تُعطى عن طريق الوريد على مدى 40 دقيقة.", "ar"),
    (DOSE, "الجرعة المعتادة هي ٠٫٥ ملغ/كغ تُعطى عن طريق الوريد على مدى ٤٠ دقيقة.", "ar"),
    (DOSE, "常用剂量为0.5 mg/kg，静脉输注40分钟。", "zh_CN"),
    (DOSE, "The source spelling 0.5 mg/kg over 40 minutes is still read right.", "de"),
    (
        SPRAY,
        "El aerosol nasal de esketamina se administra en dosis de 56 mg u 84 mg, dos veces por "
        "semana durante las primeras 4 semanas.",
        "es",
    ),
    (
        SPRAY,
        "Le spray nasal d'eskétamine est administré à raison de 56 mg ou 84 mg, deux fois par "
        "semaine pendant les 4 premières semaines.",
        "fr",
    ),
    (
        SPRAY,
        "Esketamin-Nasenspray wird in den ersten 4 Wochen zweimal wöchentlich mit 56 mg oder 84 mg "
        "verabreicht.",
        "de",
    ),
    (
        SPRAY,
        "O spray nasal de escetamina é administrado na dose de 56 mg ou 84 mg, duas vezes por "
        "semana nas primeiras 4 semanas.",
        "pt_BR",
    ),
    (
        SPRAY,
        "يُعطى بخاخ الإسكيتامين الأنفي بجرعة ٥٦ ملغ أو ٨٤ ملغ، مرتين أسبوعيًا خلال أول ٤ أسابيع.",
        "ar",
    ),
    (SPRAY, "艾司氯胺酮鼻喷雾剂的剂量为56 mg或84 mg，前4周每周给药两次。", "zh_CN"),
    (ONSET, "Los efectos comienzan en 24 h en aproximadamente el 70 % de los pacientes.", "es"),
    (ONSET, "Les effets apparaissent en 24\u00a0h chez environ 70\u202f% des patients.", "fr"),
    (ONSET, "Bei etwa 70 % der Patienten setzt die Wirkung innerhalb von 24 h ein.", "de"),
    (ONSET, "تبدأ التأثيرات خلال ٢٤ ساعة لدى نحو ٧٠٪ من المرضى.", "ar"),
    (ONSET, "约70%的患者在24小时内起效。", "zh_CN"),
    (ONSET, "约百分之七十的患者在二十四小时内起效。", "zh_CN"),
    (ENROLLED, "Se incluyeron más de 1000 pacientes.", "es"),
    (ENROLLED, "Plus de 1\u202f000 patients ont été inclus.", "fr"),
    (ENROLLED, "Plus de 1 000 patients ont été inclus.", "fr"),
    (ENROLLED, "Mehr als 1.000 Patienten wurden aufgenommen.", "de"),
    (ENROLLED, "Mais de 1.000 pacientes foram incluídos.", "pt_BR"),
    (ENROLLED, "تم تسجيل أكثر من ١٬٠٠٠ مريض.", "ar"),
    (ENROLLED, "共纳入1,000多名患者。", "zh_CN"),
    ("More than 10,000 patients were enrolled.", "共纳入1万多名患者。", "zh_CN"),
    ("The starting dose is 10-15 mg.", "Die Anfangsdosis beträgt 10–15 mg.", "de"),
    ("The starting dose is 10–15 mg.", "La dosis inicial es de 10 a 15 mg.", "es"),
    ("Relief can come within two hours.", "El alivio puede llegar en 2 horas.", "es"),
    ("Relief can come within two hours.", "El alivio puede llegar en dos horas.", "es"),
    ("MDMA (3,4-methylenedioxymethamphetamine)", "MDMA (3,4-Methylendioxymethamphetamin)", "de"),
    (
        LINKED,
        "[La ketamina](https://example.org/2024/ketamine-5) se administra en dosis de 5 mg.",
        "es",
    ),
    ("Use `--dose 5` here.", "Utilisez `--dose 5` ici.", "fr"),
    ("N-methyl-D-aspartate", "N-metil-D-aspartato", "es"),
    # Chinese names serotonin 5-hydroxytryptamine: the locant is part of the word.
    ("Selective Serotonin Reuptake Inhibitors", "选择性5-羟色胺再摄取抑制剂", "zh_CN"),
    ("About 1.5 doses", "Etwa 1.5 Dosen", "de_CH"),
    (ENROLLED, "Mehr als 1'000 Patienten wurden aufgenommen.", "de_CH"),
]


@pytest.mark.parametrize(("source", "translation", "language"), GOOD)
def test_correct_translations_pass(source, translation, language):
    assert not fails(NumberMismatch, source, translation, language)


BAD = [
    ("Give 50 mg.", "Administre 500 mg.", "es"),
    (
        DOSE,
        "La dose habituelle est de 5 mg/kg, administrée par voie intraveineuse en 40 minutes.",
        "fr",
    ),
    (DOSE, "La dosis habitual es de 0,05 mg/kg por vía intravenosa durante 40 minutos.", "es"),
    (DOSE, "الجرعة المعتادة هي ٥ ملغ/كغ تُعطى عن طريق الوريد على مدى ٤٠ دقيقة.", "ar"),
    (DOSE, "常用剂量为5 mg/kg，静脉输注40分钟。", "zh_CN"),
    (ONSET, "Bei etwa 70 % der Patienten setzt die Wirkung innerhalb weniger Stunden ein.", "de"),
    (ONSET, "约七十的患者在二十小时内起效。", "zh_CN"),
    ("The starting dose is 10-15 mg.", "Die Anfangsdosis beträgt 10–50 mg.", "de"),
    # A German reader takes 1,500 for one and a half, and 1.250 for a thousand and more.
    ("Up to 1,500 mg per day.", "Bis zu 1,500 mg pro Tag.", "de"),
    ("A dose of 1.250 mg.", "Eine Dosis von 1.250 mg.", "de"),
    ("Take it with water.", "Tómelo con 2 vasos de agua.", "es"),
    ("Wait 24 hours.", "Attendez 24 heures, puis 12 heures.", "fr"),
    (
        LINKED,
        "[La ketamina](https://example.org/2024/ketamine-5) se administra en dosis de 50 mg.",
        "es",
    ),
]


@pytest.mark.parametrize(("source", "translation", "language"), BAD)
def test_changed_missing_or_added_numbers_fail(source, translation, language):
    assert fails(NumberMismatch, source, translation, language)


def test_messages_name_the_number_and_the_local_spelling():
    found = messages(
        NumberMismatch, DOSE, "Die übliche Dosis beträgt 5 mg/kg über 40 Minuten.", "de"
    )
    assert found == [
        "the source's number 0.5 is missing in the translation (in de usually 0,5)",
        "the translation has the number 5, which is not in the source",
    ]
    assert NumberMismatch.severity is Severity.ERROR


def test_extra_numbers_are_quoted_as_the_translation_writes_them():
    assert number_problems("Give 5 mg.", "أعطِ ٥٠ ملغ.", "ar")[-1] == (
        "the translation has the number ٥٠, which is not in the source"
    )


def test_plural_forms_compare_with_their_own_source():
    from toolkit.catalog import Message
    from toolkit.checks.base import CheckContext
    from toolkit.locales import get_language

    message = Message("1 dose", msgid_plural="2 doses", msgstr_plural=("1 dose", "3 doses"), line=1)
    found = list(NumberMismatch().check_message(message, CheckContext(get_language("fr"))))
    assert found[0].startswith("msgstr[1]: ")


@pytest.mark.parametrize(
    ("language", "decimal", "group"),
    [
        ("fr", ",", "\u202f"),
        ("de", ",", "."),
        ("zh_CN", ".", ","),
        ("ar", ".", ","),
        ("", ".", ","),
    ],
)
def test_number_format_comes_from_cldr(language, decimal, group):
    fmt = number_format(language)
    assert (fmt.decimal, fmt.group) == (decimal, group)
    assert "\u066b" in fmt.decimals and "." in fmt.decimals


def test_digits_and_numerals():
    assert normalize_digits("٠٫٥ و۲۴ و２４") == "0٫5 و24 و24"
    assert [cjk_numeral_value(t) for t in ("十", "二十四", "一百零五", "三万", "二〇二四")] == [
        10,
        24,
        105,
        30000,
        2024,
    ]


# The shortcut (same plain integers on both sides: nothing to compare) must never
# hide a problem the full comparison finds. Texts are drawn from the characters
# that decide it: digits of several scripts, separators, spaces, CJK myriads,
# invisible format characters, markup and letters.
_NUMBER_TEXT = st.text(
    st.sampled_from(list("0123456789٥５.,'  \u202f\u200e\u00ad万-羟ab `[]()h:/")), max_size=24
)


@settings(max_examples=600, deadline=None)
@example(source="1 or 5", translation="1.5", language="de")  # glued in the translation
@example(source="1.5", translation="1 o 5", language="es")  # glued in the source
@example(source="2 and 3", translation="2万3", language="zh_CN")  # a myriad
@example(source="12", translation="1\u200e2", language="ar")  # an invisible mark
@example(source="5 mg", translation="٥ ملغ", language="ar")  # other digits
@given(source=_NUMBER_TEXT, translation=_NUMBER_TEXT, language=st.sampled_from(LANGUAGES))
def test_the_shortcut_agrees_with_the_full_comparison(source, translation, language):
    assert number_problems(source, translation, language) == compare_numbers(
        source, translation, language
    )


@settings(max_examples=300, deadline=None)
@given(
    numbers=st.lists(st.integers(0, 10**6), min_size=1, max_size=5),
    order=st.randoms(use_true_random=False),
    language=st.sampled_from(LANGUAGES),
)
def test_the_same_integers_in_any_order_are_no_problem(numbers, order, language):
    source = "Take " + " then ".join(f"{n} mg" for n in numbers) + "."
    shuffled = list(numbers)
    order.shuffle(shuffled)
    translation = "Prenez " + " puis ".join(f"{n} mg" for n in shuffled) + "."
    assert compare_numbers(source, translation, language) == []
    assert number_problems(source, translation, language) == []
