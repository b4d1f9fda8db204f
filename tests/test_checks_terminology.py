"""The terminology checks, on real sentences in every shipped language."""

# ruff: noqa: RUF001 - the tables hold Arabic and Chinese text on purpose

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from tests.checkutil import messages
from toolkit.catalog import Catalog, Message
from toolkit.checks import run_checks
from toolkit.checks.base import Check, CheckContext
from toolkit.checks.terminology import (
    TermDoNotTranslate,
    TermForbidden,
    TermInconsistent,
    TermMissing,
)
from toolkit.glossary import read_tbx
from toolkit.locales import get_language
from toolkit.terms import TermMatcher

GLOSSARY = read_tbx(Path(__file__).parent / "data" / "glossary-basic.tbx")
LANGUAGES = ("es", "fr", "de", "pt_BR", "ar", "zh_CN")
PER_ENTRY: tuple[type[Check], ...] = (TermMissing, TermForbidden, TermDoNotTranslate)


@cache
def context(language: str) -> CheckContext:
    return CheckContext(
        language=get_language(language), terms=TermMatcher(GLOSSARY, "en", language)
    )


def say(check: type[Check], source: str, translation: str, language: str) -> list[str]:
    return messages(check, source, translation, language, context=context(language))


S1 = "Ketamine acts on NMDA receptors in the brain."
S2 = "Antidepressants can take weeks to work in anxiety disorders."
S3 = "Ketamine helps patients with treatment-resistant depression (TRD)."
S4 = "Side effects of ketamine include dissociation."
S5 = "Ketamine is being studied for PTSD (post-traumatic stress disorder)."
S6 = "Peace Valley Recovery supports your recovery."
S7 = "Acute depressive episodes respond to ketamine."
# A heading set in capitals: every word inflected as the language wants.
CAPITALS = "KETAMINE AND NMDA RECEPTORS IN DEPRESSION"

# Correct, inflected translations: no terminology check may say anything.
GOOD = {
    "es": [
        (S1, "La ketamina actúa sobre los receptores NMDA del cerebro."),
        (
            S2,
            "Los antidepresivos pueden tardar semanas en hacer efecto "
            "en los trastornos de ansiedad.",
        ),
        (S3, "La ketamina ayuda a los pacientes con depresión resistente al tratamiento."),
        (S4, "Los efectos secundarios de la ketamina incluyen la disociación."),
        (S5, "La ketamina se está estudiando para el TEPT (trastorno de estrés postraumático)."),
        (S6, "Peace Valley Recovery apoya su recuperación."),
        (S7, "Los episodios depresivos agudos responden a la ketamina."),
        (CAPITALS, "LA KETAMINA Y LOS RECEPTORES NMDA EN LA DEPRESIÓN"),
        ("Trauma leaves traumatic memories.", "El trauma psicológico deja recuerdos traumáticos."),
    ],
    "fr": [
        (S1, "La kétamine agit sur les récepteurs NMDA du cerveau."),
        (S2, "Les antidépresseurs peuvent mettre des semaines à agir dans les troubles anxieux."),
        (S3, "La kétamine aide les patients atteints de dépression résistante au traitement."),
        (S4, "Les effets indésirables de la kétamine comprennent la dissociation."),
        (S5, "La kétamine est étudiée dans le TSPT (trouble de stress post-traumatique)."),
        (S6, "Peace Valley Recovery accompagne votre rétablissement."),
        (S7, "Les épisodes dépressifs aigus répondent à la kétamine."),
        (CAPITALS, "LA KÉTAMINE ET LES RÉCEPTEURS NMDA DANS LA DÉPRESSION"),
        ("The infusion lasts 40 minutes.", "La perfusion dure 40 minutes."),
        # A link keeps its URL, whatever words it holds.
        (
            "[Ketamine](https://www.peacevalleyrecovery.com/drug-rehab/ketamine/) blocks NMDA.",
            "[La kétamine](https://www.peacevalleyrecovery.com/drug-rehab/ketamine/) bloque NMDA.",
        ),
        # "infusion" is deprecated for the medical concept only, which is not in this source.
        ("She drinks an herbal tea.", "Elle boit une infusion."),
    ],
    "de": [
        (S1, "Ketamin wirkt auf die NMDA-Rezeptoren im Gehirn."),
        (S2, "Antidepressiva können bei Angststörungen Wochen brauchen, bis sie wirken."),
        (S3, "Ketamin hilft Patienten mit therapieresistenter Depression (TRD)."),
        (S4, "Zu den Nebenwirkungen von Ketamin gehört die Dissoziation."),
        (S5, "Ketamin wird bei PTBS (posttraumatischer Belastungsstörung) untersucht."),
        (S6, "Peace Valley Recovery unterstützt Ihre Genesung."),
        (S7, "Akute depressive Episoden sprechen auf Ketamin an."),
        (CAPITALS, "KETAMIN UND NMDA-REZEPTOREN BEI DEPRESSIONEN"),
        ("Ketamine therapy", "Die Ketamintherapie"),
    ],
    "pt_BR": [
        (S1, "A cetamina atua nos receptores NMDA do cérebro."),
        (S2, "Os antidepressivos podem levar semanas para agir nos transtornos de ansiedade."),
        (S3, "A cetamina ajuda pacientes com depressão resistente ao tratamento."),
        (S4, "Os efeitos colaterais da cetamina incluem a dissociação."),
        (S5, "A cetamina está sendo estudada para o TEPT (transtorno de estresse pós-traumático)."),
        (S6, "A Peace Valley Recovery apoia a sua recuperação."),
        (S7, "Os episódios depressivos agudos respondem à cetamina."),
        (CAPITALS, "A CETAMINA E OS RECEPTORES NMDA NA DEPRESSÃO"),
        ("Trauma leaves traumatic memories.", "O trauma psicológico deixa memórias traumáticas."),
    ],
    "ar": [
        (S1, "يعمل الكيتامين على مستقبلات NMDA في الدماغ."),
        (S2, "قد تستغرق مضادات الاكتئاب أسابيع حتى تؤثر في اضطرابات القلق."),
        (S3, "يساعد الكيتامين المرضى المصابين بالاكتئاب المقاوم للعلاج."),
        (S4, "تشمل التأثيرات الجانبية للكيتامين التفارق."),
        (S5, "تجري دراسة الكيتامين لعلاج اضطراب الكرب التالي للصدمة (PTSD)."),
        (S6, "تدعم Peace Valley Recovery تعافيك."),
        (S7, "تستجيب النوبات الاكتئابية الحادة للكيتامين."),
        (CAPITALS, "الكيتامين ومستقبلات NMDA في الاكتئاب"),
    ],
    "zh_CN": [
        (S1, "氯胺酮作用于大脑中的NMDA受体。"),
        (S2, "抗抑郁药可能需要数周才能对焦虑障碍起效。"),
        (S3, "氯胺酮可帮助难治性抑郁症患者。"),
        (S4, "氯胺酮的副作用包括分离。"),
        (S5, "目前正在研究氯胺酮治疗创伤后应激障碍（PTSD）。"),
        (S6, "Peace Valley Recovery 支持您的康复。"),
        (S7, "急性抑郁发作对氯胺酮有反应。"),
        (CAPITALS, "氯胺酮与抑郁症中的NMDA受体"),
    ],
}


@pytest.mark.parametrize(
    ("language", "source", "translation"),
    [(language, *pair) for language, pairs in GOOD.items() for pair in pairs],
)
@pytest.mark.parametrize("check", PER_ENTRY, ids=lambda check: check.id)
def test_correct_translations_are_not_flagged(
    check: type[Check], language: str, source: str, translation: str
) -> None:
    assert say(check, source, translation, language) == []


def test_every_language_has_good_and_bad_cases() -> None:
    for table in (GOOD, MISSING, FORBIDDEN, NOT_KEPT):
        assert set(table) == set(LANGUAGES)


# (source, translation, the term the finding names): the approved term is not there.
MISSING = {
    "es": [
        (
            S2,
            "Los fármacos pueden tardar semanas en hacer efecto en los trastornos de ansiedad.",
            "Antidepressants",
        ),
        (S4, "Los efectos colaterales de la ketamina incluyen la disociación.", "Side effects"),
    ],
    "fr": [
        (
            S2,
            "Les médicaments peuvent mettre des semaines à agir dans les troubles anxieux.",
            "Antidepressants",
        ),
        (S4, "Les effets collatéraux de la kétamine comprennent la dissociation.", "Side effects"),
    ],
    "de": [
        (
            S2,
            "Medikamente können bei Angststörungen Wochen brauchen, bis sie wirken.",
            "Antidepressants",
        ),
        (S4, "Zu den Begleiterscheinungen von Ketamin gehört die Dissoziation.", "Side effects"),
        (CAPITALS, "KETAMIN UND NMDA-REZEPTOREN BEI ANGSTZUSTÄNDEN", "DEPRESSION"),
    ],
    "pt_BR": [
        (
            S2,
            "Os medicamentos podem levar semanas para agir nos transtornos de ansiedade.",
            "Antidepressants",
        ),
        (S4, "Os efeitos secundários da cetamina incluem a dissociação.", "Side effects"),
    ],
    "ar": [
        (S2, "قد تستغرق الأدوية أسابيع حتى تؤثر في اضطرابات القلق.", "Antidepressants"),
        (S4, "تشمل مضاعفات الكيتامين التفارق.", "Side effects"),
    ],
    "zh_CN": [
        (S2, "药物可能需要数周才能对焦虑障碍起效。", "Antidepressants"),
        (S4, "氯胺酮的副反应包括分离。", "Side effects"),
    ],
}


@pytest.mark.parametrize(
    ("language", "source", "translation", "term"),
    [(language, *case) for language, cases in MISSING.items() for case in cases],
)
def test_missing_terms_are_flagged(language: str, source: str, translation: str, term: str) -> None:
    [finding] = say(TermMissing, source, translation, language)
    assert finding.startswith(f"'{term}' should be translated as")


def test_missing_names_the_rendering_of_the_same_kind() -> None:
    assert say(TermMissing, "PTSD", "Le trouble", "fr") == [
        "'PTSD' should be translated as 'TSPT' (or 'trouble de stress post-traumatique') "
        "(glossary: ptsd)"
    ]


# (source, translation, what the finding quotes): a deprecated or superseded term is used.
FORBIDDEN = {
    "es": [
        (
            S2,
            "Los antidepresivos pueden tardar semanas en hacer efecto en la neurosis de ansiedad.",
            "neurosis de ansiedad",
        ),
        (S1, "La quetamina actúa sobre los receptores NMDA del cerebro.", "quetamina"),
        (
            S5,
            "La ketamina se estudia para el TEPT (trastorno por estrés postraumático).",
            "trastorno por estrés postraumático",
        ),
        ("Trauma and its treatment.", "Los traumatismos y su tratamiento.", "traumatismos"),
    ],
    "fr": [
        (
            S2,
            "Les antidépresseurs peuvent mettre des semaines à agir dans la névrose d’angoisse.",
            "névrose d’angoisse",
        ),
        (S1, "La ketamine agit sur les récepteurs NMDA du cerveau.", "ketamine"),
        (S5, "La kétamine est étudiée dans l’ESPT.", "ESPT"),
        ("The infusion lasts 40 minutes.", "L’infusion dure 40 minutes.", "infusion"),
    ],
    "de": [
        (
            S2,
            "Antidepressiva können bei einer Angstneurose Wochen brauchen, bis sie wirken.",
            "Angstneurose",
        ),
        (
            S5,
            "Ketamin wird bei posttraumatischer Stressstörung untersucht.",
            "posttraumatischer Stressstörung",
        ),
    ],
    "pt_BR": [
        (
            S2,
            "Os antidepressivos podem levar semanas para agir na neurose de ansiedade.",
            "neurose de ansiedade",
        ),
        (S1, "A ketamina atua nos receptores NMDA do cérebro.", "ketamina"),
        (
            S5,
            "A cetamina é estudada no distúrbio de estresse pós-traumático.",
            "distúrbio de estresse pós-traumático",
        ),
    ],
    "ar": [
        (S2, "قد تستغرق مضادات الاكتئاب أسابيع حتى تؤثر في عصاب القلق.", "عصاب القلق"),
    ],
    "zh_CN": [
        (S2, "抗抑郁药可能需要数周才能对焦虑性神经症起效。", "焦虑性神经症"),
        (S1, "K粉作用于大脑中的NMDA受体。", "K粉"),
        (S5, "目前正在研究氯胺酮治疗创伤后压力症候群。", "创伤后压力症候群"),
    ],
}


@pytest.mark.parametrize(
    ("language", "source", "translation", "quoted"),
    [(language, *case) for language, cases in FORBIDDEN.items() for case in cases],
)
def test_forbidden_terms_are_flagged(
    language: str, source: str, translation: str, quoted: str
) -> None:
    [finding] = say(TermForbidden, source, translation, language)
    assert finding.startswith(f"'{quoted}' is a ")
    # The approved term is not reported missing too: one finding says it all.
    assert say(TermMissing, source, translation, language) == []


def test_forbidden_names_the_replacement() -> None:
    assert say(TermForbidden, S5, "La kétamine est étudiée dans l’ESPT.", "fr") == [
        "'ESPT' is a superseded term: use 'TSPT' (glossary: ptsd)"
    ]
    assert say(TermForbidden, S1, "La quetamina actúa.", "es") == [
        "'quetamina' is a deprecated term: use 'ketamina' (glossary: ketamine)"
    ]


# (source, translation): a do-not-translate name or symbol is not kept as written.
NOT_KEPT = {
    "es": [(S6, "Recuperación Peace Valley apoya su recuperación.")],
    "fr": [
        (S6, "Peace Valley Rétablissement accompagne votre rétablissement."),
        (S1, "La kétamine agit sur les récepteurs nmda du cerveau."),
    ],
    "de": [(S6, "Peace Valley Genesung unterstützt Ihre Genesung.")],
    "pt_BR": [(S6, "A Peace Valley recovery apoia a sua recuperação.")],
    "ar": [(S6, "تدعم بيس فالي ريكفري تعافيك.")],
    "zh_CN": [(S6, "和平谷康复中心支持您的康复。")],
}


@pytest.mark.parametrize(
    ("language", "source", "translation"),
    [(language, *case) for language, cases in NOT_KEPT.items() for case in cases],
)
def test_do_not_translate_terms_must_be_kept_verbatim(
    language: str, source: str, translation: str
) -> None:
    [finding] = say(TermDoNotTranslate, source, translation, language)
    assert "is not to be translated: keep it exactly as written" in finding


@pytest.mark.parametrize(
    "translation",
    ["NMDA-Rezeptoren", "(NMDA)", "NMDA受体", "مستقبلات NMDA", "l’NMDA", "NMDA's"],
)
def test_do_not_translate_terms_may_touch_punctuation_and_other_scripts(translation: str) -> None:
    assert say(TermDoNotTranslate, "NMDA", translation, "de") == []


def test_do_not_translate_term_glued_to_a_word_is_not_kept() -> None:
    assert say(TermDoNotTranslate, "NMDA", "NMDAR", "de") != []


def test_without_a_matcher_or_a_glossary_language_nothing_is_said() -> None:
    bare = CheckContext(language=get_language("fr"))
    for check in PER_ENTRY:
        assert messages(check, S1, "La ketamine.", "fr", context=bare) == []
        assert say(check, S1, "La ketamine.", "it") == []


def test_each_plural_form_is_checked() -> None:
    message = Message(
        msgid="one antidepressant",
        msgid_plural="%d antidepressants",
        msgstr_plural=("un antidépresseur", "%d médicaments"),
        line=1,
    )
    assert list(TermMissing().check_message(message, context("fr"))) == [
        "msgstr[1]: 'antidepressants' should be translated as 'antidépresseur' "
        "(glossary: antidepressant)"
    ]


SIDE_EFFECTS = ("Side effects are usually mild.", "Tell your doctor about side effects.")
MOST_PASS = "Most side effects pass quickly."

# (translations of the three sources above, the minority variant in the third)
INCONSISTENT = {
    "es": (
        (
            "Los efectos secundarios suelen ser leves.",
            "Informe a su médico de los efectos secundarios.",
            "La mayoría de los efectos adversos desaparecen pronto.",
        ),
        "efecto adverso",
    ),
    "fr": (
        (
            "Les effets indésirables sont généralement légers.",
            "Signalez les effets indésirables à votre médecin.",
            "La plupart des effets secondaires disparaissent rapidement.",
        ),
        "effet secondaire",
    ),
    "de": (
        (
            "Nebenwirkungen sind meist leicht.",
            "Informieren Sie Ihren Arzt über Nebenwirkungen.",
            "Die meisten unerwünschten Wirkungen klingen rasch ab.",
        ),
        "unerwünschte Wirkung",
    ),
    "pt_BR": (
        (
            "Os efeitos colaterais costumam ser leves.",
            "Informe o seu médico sobre os efeitos colaterais.",
            "A maioria dos efeitos adversos passa rapidamente.",
        ),
        "efeito adverso",
    ),
    "ar": (
        (
            "عادة ما تكون التأثيرات الجانبية خفيفة.",
            "أخبر طبيبك عن التأثيرات الجانبية.",
            "تزول معظم الآثار الجانبية بسرعة.",
        ),
        "أثر جانبي",
    ),
    "zh_CN": (
        ("副作用通常较轻。", "请告诉医生您出现的副作用。", "大多数不良反应会很快消失。"),
        "不良反应",
    ),
}


def catalog(*pairs: tuple[str, str], flags: tuple[str, ...] = ()) -> Catalog:
    return Catalog(
        tuple(
            Message(msgid=source, msgstr=translation, line=10 * (i + 1), flags=flags)
            for i, (source, translation) in enumerate(pairs)
        )
    )


def inconsistencies(language: str, entries: Catalog) -> list[tuple[int, str]]:
    found = TermInconsistent().check_catalog(entries, context(language))
    return [(message.line, text) for message, text in found]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_minority_rendering_is_flagged(language: str) -> None:
    translations, minority = INCONSISTENT[language]
    sources = (*SIDE_EFFECTS, MOST_PASS)
    [(line, text)] = inconsistencies(language, catalog(*zip(sources, translations, strict=True)))
    assert line == 30
    assert text.startswith(f"'{minority}' differs from ")
    assert "in 2 other entries" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_one_rendering_throughout_is_consistent(language: str) -> None:
    translations, _ = INCONSISTENT[language]
    sources = SIDE_EFFECTS
    assert inconsistencies(language, catalog(*zip(sources, translations[:2], strict=True))) == []


def test_on_a_tie_the_preferred_term_is_the_norm() -> None:
    entries = catalog(
        (MOST_PASS, "La plupart des effets secondaires disparaissent rapidement."),
        (SIDE_EFFECTS[0], "Les effets indésirables sont généralement légers."),
    )
    assert inconsistencies("fr", entries) == [
        (
            10,
            "'effet secondaire' differs from 'effet indésirable', used for the same concept "
            "in 1 other entry: use one rendering throughout (glossary: side-effect)",
        )
    ]


def test_a_majority_of_admitted_terms_beats_the_preferred_one() -> None:
    entries = catalog(
        ("Trauma", "El trauma"),
        ("Trauma", "El trauma psicológico"),
        ("Trauma", "Un trauma"),
    )
    assert [line for line, _ in inconsistencies("es", entries)] == [20]


def test_on_a_tie_between_admitted_terms_the_later_is_flagged() -> None:
    entries = catalog(
        ("The infusion lasts 40 minutes.", "La perfusión intravenosa dura 40 minutos."),
        ("Stop the infusion.", "Detenga la infusión."),
    )
    assert inconsistencies("es", entries) == [
        (
            20,
            "'infusión' differs from 'perfusión intravenosa', used for the same concept "
            "in 1 other entry: use one rendering throughout (glossary: infusion)",
        )
    ]


def test_acronym_and_full_form_are_separate_renderings() -> None:
    entries = catalog(
        ("PTSD", "Le TSPT"),
        ("post-traumatic stress disorder", "le trouble de stress post-traumatique"),
        ("PTSD (post-traumatic stress disorder)", "TSPT (trouble de stress post-traumatique)"),
    )
    assert inconsistencies("fr", entries) == []


def test_an_entry_that_also_uses_the_norm_is_not_flagged() -> None:
    translations, _ = INCONSISTENT["fr"]
    entries = catalog(
        *zip(SIDE_EFFECTS, translations[:2], strict=True),
        (MOST_PASS, "La plupart des effets indésirables (effets secondaires) passent vite."),
    )
    assert inconsistencies("fr", entries) == []


def test_fuzzy_and_untranslated_entries_do_not_count() -> None:
    translations, _ = INCONSISTENT["fr"]
    entries = Catalog(
        (
            Message(SIDE_EFFECTS[0], translations[0], line=10),
            Message(MOST_PASS, translations[2], line=20, flags=("fuzzy",)),
            Message(SIDE_EFFECTS[1], "", line=30),
        )
    )
    assert inconsistencies("fr", entries) == []


def test_the_runner_applies_ignore_flags_to_catalog_findings() -> None:
    translations, _ = INCONSISTENT["de"]
    entries = Catalog(
        (
            Message(SIDE_EFFECTS[0], translations[0], line=10),
            Message(SIDE_EFFECTS[1], translations[1], line=20),
            Message(MOST_PASS, translations[2], line=30, flags=("ignore-term-inconsistent",)),
        )
    )
    result = run_checks(entries, context("de"), "de.po", checks=(TermInconsistent,))
    assert result.findings == ()
    assert result.silenced_by_check == {"term-inconsistent": 1}


def test_check_ids_and_severities() -> None:
    assert [(c.id, str(c.severity)) for c in (*PER_ENTRY, TermInconsistent)] == [
        ("term-missing", "warning"),
        ("term-forbidden", "error"),
        ("term-dnt", "error"),
        ("term-inconsistent", "warning"),
    ]
    assert all(check.description() for check in (*PER_ENTRY, TermInconsistent))


SHIPPED_GLOSSARY = Path(__file__).parent.parent / "locales" / "glossary.tbx"


def test_a_translation_following_the_sources_own_variation_is_consistent() -> None:
    """The English says "depressive symptoms" here and "symptoms of depression" there."""
    glossary = read_tbx(SHIPPED_GLOSSARY)
    shipped = CheckContext(language=get_language("es"), terms=TermMatcher(glossary, "en", "es"))
    entries = catalog(
        ("Studies show it reduces depressive symptoms.", "Reduce los síntomas depresivos."),
        ("It can alleviate symptoms of depression.", "Puede aliviar los síntomas de la depresión."),
        ("Depressive symptoms may return.", "Los síntomas de la depresión pueden volver."),
    )
    found = [(m.line, text) for m, text in TermInconsistent().check_catalog(entries, shipped)]
    assert [line for line, _ in found] == [30]
    assert found[0][1].startswith("'síntoma de depresión' differs from 'síntoma depresivo'")
