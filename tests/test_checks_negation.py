"""negation-mismatch: a dropped or added negation, in six languages' own words."""

# ruff: noqa: RUF001 -- real translations hold non-ASCII punctuation

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.checks.negation import NegationMismatch, negation_problems
from toolkit.checks.negation_markers import (
    _APOSTROPHES,
    _ARABIC_MARKS,
    find_negation,
    negation_markers,
    normalize,
)
from toolkit.checks.numbers import NumberMismatch
from toolkit.findings import Severity

from .checkutil import fails, messages

TRD = (
    "Ketamine has emerged as a promising option for individuals with treatment-resistant "
    "depression (TRD). Studies have demonstrated its efficacy in reducing depressive symptoms when "
    "conventional therapies have failed. For many patients, this offers hope where none existed "
    "before."
)
SIDE_EFFECTS = (
    "While ketamine is generally considered safe when administered in controlled settings, it is "
    "not without side effects. Patients may experience dissociation, hallucinations, or changes in "
    "perception during treatment. These effects typically subside shortly after the infusion."
)
CONCLUSION = (
    "Ketamine's unique mechanism of action offers exciting possibilities for treating mental "
    "health disorders, particularly for those who have not responded to traditional therapies."
)
ONSET = (
    "Traditional antidepressants, such as SSRIs (Selective Serotonin Reuptake Inhibitors), can "
    "take weeks to show effects."
)
BEYOND = (
    "Beyond depression, ketamine is being explored for various anxiety disorders, including "
    "generalized anxiety disorder (GAD) and social anxiety disorder."
)
PTSD = "The dissociative properties of ketamine make it particularly interesting for treating PTSD."
SAFE = "Ketamine is generally considered safe when administered in controlled settings."
NOT_ONLY = "Ketamine not only relieves depression but also reduces suicidal thoughts."
DRIVE = "Don't drive for 24 hours after treatment."
NEVER = "Ketamine should never be used without medical supervision."
NO_LONGER = "Some patients no longer respond to treatment."
NO_EVIDENCE = "There is no evidence that ketamine is addictive at therapeutic doses."

GOOD = {
    "es": [
        (
            TRD,
            "La ketamina se ha perfilado como una opción prometedora para las personas con "
            "depresión resistente al tratamiento (DRT). Los estudios han demostrado su eficacia "
            "para reducir los síntomas depresivos cuando las terapias convencionales no han dado "
            "resultado. Para muchos pacientes, esto ofrece esperanza donde antes no existía "
            "ninguna.",
        ),
        (
            SIDE_EFFECTS,
            "Aunque en general se considera que la ketamina es segura cuando se administra en "
            "entornos controlados, no está exenta de efectos secundarios. Los pacientes pueden "
            "experimentar disociación, alucinaciones o alteraciones de la percepción durante el "
            "tratamiento. Estos efectos suelen remitir poco después de la infusión.",
        ),
        (
            CONCLUSION,
            "El mecanismo de acción único de la ketamina ofrece posibilidades prometedoras para el "
            "tratamiento de los trastornos de salud mental, en particular para quienes no han "
            "respondido a las terapias tradicionales.",
        ),
        (
            NOT_ONLY,
            "La ketamina no solo alivia la depresión, sino que también reduce los pensamientos "
            "suicidas.",
        ),
        (DRIVE, "No conduzca durante las 24 horas posteriores al tratamiento."),
        (NEVER, "La ketamina nunca debe usarse sin supervisión médica."),
        (NO_LONGER, "Algunos pacientes ya no responden al tratamiento."),
        (
            SAFE,
            "Sin embargo, en general se considera que la ketamina es segura en entornos "
            "controlados.",
        ),
    ],
    "fr": [
        (
            TRD,
            "La kétamine s'est imposée comme une option prometteuse pour les personnes atteintes "
            "de dépression résistante au traitement (DRT). Des études ont démontré son efficacité "
            "pour réduire les symptômes dépressifs lorsque les traitements conventionnels ont "
            "échoué. Pour de nombreux patients, elle offre un espoir là où il n'y en avait aucun "
            "auparavant.",
        ),
        (
            SIDE_EFFECTS,
            "Bien que la kétamine soit généralement considérée comme sûre lorsqu'elle est "
            "administrée dans un cadre contrôlé, elle n'est pas sans effets secondaires. Les "
            "patients peuvent présenter une dissociation, des hallucinations ou des modifications "
            "de la perception pendant le traitement. Ces effets disparaissent généralement peu "
            "après la perfusion.",
        ),
        (
            CONCLUSION,
            "Le mécanisme d'action unique de la kétamine ouvre des perspectives prometteuses pour "
            "le traitement des troubles de santé mentale, en particulier chez les personnes qui "
            "n'ont pas répondu aux traitements traditionnels.",
        ),
        (
            ONSET,
            "Les antidépresseurs traditionnels, comme les ISRS (inhibiteurs sélectifs de la "
            "recapture de la sérotonine), peuvent mettre des semaines à agir.",
        ),
        (
            NOT_ONLY,
            "La kétamine non seulement soulage la dépression, mais réduit aussi les idées "
            "suicidaires.",
        ),
        (DRIVE, "Ne conduisez pas pendant les 24 heures qui suivent le traitement."),
        (NEVER, "La kétamine ne doit jamais être utilisée sans surveillance médicale."),
        (NO_LONGER, "Certains patients ne répondent plus au traitement."),
        (
            NO_EVIDENCE,
            "Rien ne prouve que la kétamine crée une dépendance aux doses thérapeutiques.",
        ),
    ],
    "de": [
        (
            TRD,
            "Ketamin hat sich als vielversprechende Option für Menschen mit therapieresistenter "
            "Depression (TRD) erwiesen. Studien haben seine Wirksamkeit bei der Linderung "
            "depressiver Symptome belegt, wenn herkömmliche Therapien versagt haben. Vielen "
            "Patienten gibt es Hoffnung, wo es zuvor keine gab.",
        ),
        (
            SIDE_EFFECTS,
            "Obwohl Ketamin bei Anwendung in kontrollierter Umgebung im Allgemeinen als sicher "
            "gilt, ist es nicht frei von Nebenwirkungen. Während der Behandlung können bei "
            "Patienten Dissoziation, Halluzinationen oder Wahrnehmungsveränderungen auftreten. "
            "Diese Wirkungen klingen in der Regel kurz nach der Infusion ab.",
        ),
        (
            CONCLUSION,
            "Der einzigartige Wirkmechanismus von Ketamin eröffnet vielversprechende Möglichkeiten "
            "für die Behandlung psychischer Erkrankungen, insbesondere für Menschen, die auf "
            "herkömmliche Therapien nicht angesprochen haben.",
        ),
        (
            BEYOND,
            "Über Depressionen hinaus wird Ketamin bei verschiedenen Angststörungen erforscht, "
            "darunter die generalisierte Angststörung (GAD) und die soziale Angststörung.",
        ),
        (
            NOT_ONLY,
            "Ketamin lindert nicht nur Depressionen, sondern verringert auch Suizidgedanken.",
        ),
        (DRIVE, "Fahren Sie nach der Behandlung 24 Stunden lang nicht Auto."),
        (
            NO_EVIDENCE,
            "Es gibt keine Belege dafür, dass Ketamin in therapeutischen Dosen abhängig macht.",
        ),
    ],
    "pt_BR": [
        (
            TRD,
            "A cetamina surgiu como uma opção promissora para pessoas com depressão resistente ao "
            "tratamento (DRT). Estudos demonstraram sua eficácia na redução dos sintomas "
            "depressivos quando as terapias convencionais falharam. Para muitos pacientes, isso "
            "oferece esperança onde antes não havia nenhuma.",
        ),
        (
            SIDE_EFFECTS,
            "Embora a cetamina seja geralmente considerada segura quando administrada em ambientes "
            "controlados, ela não é isenta de efeitos colaterais. Os pacientes podem apresentar "
            "dissociação, alucinações ou alterações na percepção durante o tratamento. Esses "
            "efeitos normalmente desaparecem logo após a infusão.",
        ),
        (
            CONCLUSION,
            "O mecanismo de ação único da cetamina oferece possibilidades promissoras para o "
            "tratamento de transtornos mentais, especialmente para aqueles que não responderam às "
            "terapias tradicionais.",
        ),
        (
            NOT_ONLY,
            "A cetamina não só alivia a depressão, como também reduz os pensamentos suicidas.",
        ),
        (DRIVE, "Não dirija nas 24 horas seguintes ao tratamento."),
        (NEVER, "A cetamina nunca deve ser usada sem supervisão médica."),
    ],
    "ar": [
        (
            TRD,
            "برز الكيتامين كخيار واعد للأفراد المصابين بالاكتئاب المقاوم للعلاج. وقد أثبتت "
            "الدراسات فعاليته في تخفيف أعراض الاكتئاب عندما تفشل العلاجات التقليدية. وبالنسبة "
            "لكثير من المرضى، يمنح هذا أملًا حيث لم يكن هناك أي أمل من قبل.",
        ),
        (
            SIDE_EFFECTS,
            "على الرغم من أن الكيتامين يُعتبر آمنًا بشكل عام عند إعطائه في بيئات خاضعة للرقابة، "
            "إلا أنه لا يخلو من الآثار الجانبية. قد يعاني المرضى من الانفصال عن الواقع أو الهلوسة "
            "أو تغيرات في الإدراك أثناء العلاج. وعادةً ما تزول هذه الآثار بعد وقت قصير من التسريب.",
        ),
        (
            CONCLUSION,
            "تتيح آلية عمل الكيتامين الفريدة إمكانات واعدة لعلاج اضطرابات الصحة النفسية، ولا سيما "
            "لدى الذين لم يستجيبوا للعلاجات التقليدية.",
        ),
        (
            BEYOND,
            "إلى جانب الاكتئاب، يجري استكشاف الكيتامين لعلاج اضطرابات القلق المختلفة، بما في ذلك "
            "اضطراب القلق العام واضطراب القلق الاجتماعي.",
        ),
        (NOT_ONLY, "لا يخفف الكيتامين الاكتئاب فحسب، بل يقلل أيضًا من الأفكار الانتحارية."),
        (DRIVE, "لا تقُد السيارة لمدة 24 ساعة بعد العلاج."),
        (NEVER, "يجب ألا يُستخدم الكيتامين أبدًا دون إشراف طبي."),
        (NO_LONGER, "لم يعد بعض المرضى يستجيبون للعلاج."),
        (SAFE, "لا يزال الكيتامين يُعتبر آمنًا بشكل عام عند إعطائه في بيئات خاضعة للرقابة."),
    ],
    "zh_CN": [
        (
            TRD,
            "氯胺酮已成为难治性抑郁症（TRD）患者的一种有前景的选择。研究表明，在常规疗法无效时，它能有效减轻抑郁症状。对许多患者来说，这在原本毫无希望的地方带来了希望。",
        ),
        (
            SIDE_EFFECTS,
            "虽然氯胺酮在受控环境中使用时通常被认为是安全的，但它并非没有副作用。患者在治疗期间可能会出现解离、幻觉或感知改变。这些效应通常在输注后不久消退。",
        ),
        # A litotes may be rendered as what it affirms.
        (
            SIDE_EFFECTS,
            "虽然氯胺酮在受控环境中使用时通常被认为是安全的，但它也有副作用。患者在治疗期间可能会出现解离、幻觉或感知改变。这些效应通常在输注后不久消退。",
        ),
        (
            CONCLUSION,
            "氯胺酮独特的作用机制为治疗心理健康障碍带来了令人振奋的可能性，特别是对于那些对传统疗法没有反应的患者。",
        ),
        (ONSET, "传统抗抑郁药，如SSRI（选择性5-羟色胺再摄取抑制剂），可能需要数周才能见效。"),
        (
            BEYOND,
            "除抑郁症外，氯胺酮还被用于探索治疗多种焦虑障碍，包括广泛性焦虑障碍（GAD）和社交焦虑障碍。",
        ),
        (PTSD, "氯胺酮的解离特性使其在治疗创伤后应激障碍方面特别引人关注。"),
        ("The Future of Ketamine Therapy", "氯胺酮疗法的未来"),
        (NOT_ONLY, "氯胺酮不仅能缓解抑郁，还能减少自杀念头。"),
        (DRIVE, "治疗后24小时内请勿驾车。"),
        (NEVER, "氯胺酮绝不能在没有医疗监督的情况下使用。"),
        (NO_LONGER, "一些患者对治疗不再有反应。"),
    ],
}


# Advice says "do not" with a verb of avoiding, "not recommended" and "not allowed" with
# a word of advising against or forbidding.
ALCOHOL = "Do not drink alcohol during treatment."
CHILDREN = "It is not recommended in children."
AT_HOME = "It is not allowed outside a clinic."
ADVICE = {
    "fr": [
        (ALCOHOL, "Évitez l'alcool pendant le traitement."),
        (CHILDREN, "Il est déconseillé chez l'enfant."),
        (AT_HOME, "Il est interdit en dehors d'une clinique."),
        ("The cause is not known.", "La cause est inconnue."),
        # "pas" as a step is no negation.
        ("Take a few steps after the infusion.", "Faites quelques pas après la perfusion."),
        ("Get started with Django", "Premiers pas avec Django"),
    ],
    "de": [
        (ALCOHOL, "Vermeiden Sie während der Behandlung Alkohol."),
        (CHILDREN, "Bei Kindern wird davon abgeraten."),
        (AT_HOME, "Außerhalb einer Klinik ist es verboten."),
        ("Directory indexes are not allowed here.", "Dateilisten sind untersagt."),
    ],
    "es": [
        (ALCOHOL, "Evite el alcohol durante el tratamiento."),
        (CHILDREN, "Está desaconsejado en niños."),
        (AT_HOME, "Está prohibido fuera de una clínica."),
    ],
    "pt_BR": [
        (ALCOHOL, "Evite o álcool durante o tratamento."),
        (CHILDREN, "É desaconselhado em crianças."),
        (AT_HOME, "É proibido fora de uma clínica."),
    ],
    "ar": [
        (ALCOHOL, "تجنب الكحول أثناء العلاج."),
        (AT_HOME, "يُمنع استخدامه خارج العيادة."),
        ("The page could not be found.", "تعذر العثور على الصفحة."),
        ("Do not use it in children.", "يحظر استعماله للأطفال."),
        ("Over-the-counter medicines", "الأدوية التي تصرف دون وصفة طبية"),
        # دون before a number is "under", not "without".
        ("For children under 6, ask a doctor.", "للأطفال دون 6 سنوات، استشر الطبيب."),
        # غيّر, "change!", is told from غير, "not", by its shadda.
        ("Change the dressing every day.", "غيّر الضمادة كل يوم."),
        ("Change the dressing every day.", "وغيَّر الضمادة كل يوم."),
    ],
    "zh_CN": [
        ("No", "否"),
        ("Ask your doctor whether it is safe.", "请询问医生是否安全。"),
        ("Take it with food, otherwise nausea may occur.", "请随餐服用，否则可能出现恶心。"),
        ("Afrikaans", "南非荷兰语"),
        (ALCOHOL, "治疗期间忌酒。"),
        ("Do not use it if you are allergic to it.", "对本品过敏者禁用。"),
    ],
}
# A "without" kept with the "not" beside it; French negates pouvoir without "pas".
STOP = "Do not stop taking it without talking to your doctor."
ADVICE["fr"] += [
    (
        "Tell your doctor about any over-the-counter medicines you take.",
        "Informez votre médecin de tout médicament sans ordonnance que vous prenez.",
    ),
    # "ne … que" says "only": what "never … without" and "not … unless" say.
    (NEVER, "La kétamine ne doit être utilisée que sous surveillance médicale."),
    (
        "Do not take this medicine unless your doctor tells you to.",
        "Ne prenez ce médicament que si votre médecin vous le dit.",
    ),
    ("No one else should use your inhaler.", "Personne d'autre ne doit utiliser votre inhalateur."),
    (STOP, "N'arrêtez pas de le prendre sans en parler à votre médecin."),
    ("It cannot be used without a prescription.", "Il ne peut être utilisé sans ordonnance."),
    ("It cannot be used at home.", "Il ne peut être utilisé à domicile."),
    ("It is not without risk.", "Ce n'est pas sans risque."),
    ("Prices keep rising.", "Les prix ne cessent d'augmenter."),
]
ADVICE["de"].append((STOP, "Setzen Sie es nicht ohne Rücksprache mit Ihrem Arzt ab."))
ADVICE["es"].append((STOP, "No deje de tomarlo sin consultar a su médico."))
ADVICE["pt_BR"] += [
    (STOP, "Não pare de tomá-lo sem falar com seu médico."),
    (
        "Do not take this medicine unless your doctor tells you to.",
        "Só tome este medicamento se o seu médico indicar.",
    ),
]
ADVICE["ar"].append((STOP, "لا تتوقف عن تناوله دون استشارة طبيبك."))
ADVICE["zh_CN"].append((STOP, "未经医生同意，请勿停药。"))
# "Without food" said as "fasting"; "sin" for what English says with a word ("raw").
FOOD = "Do not take it without food."
ADVICE["fr"].append((FOOD, "Ne le prenez pas à jeun."))
ADVICE["es"] += [
    (FOOD, "No lo tome en ayunas."),
    ("Raw passwords are not stored.", "Las contraseñas sin procesar no se almacenan."),
]
ADVICE["de"].append((FOOD, "Nehmen Sie es nicht nüchtern ein."))
# Python's None between True and False is a value, not "none".
ADVICE["fr"].append(
    ("The value must be True, False or None.", "La valeur doit être True, False ou None.")
)


@pytest.mark.parametrize(
    ("source", "translation", "language"),
    [(s, t, language) for table in (GOOD, ADVICE) for language, pairs in table.items()
     for s, t in pairs],
)  # fmt: skip
def test_correct_translations_pass(source, translation, language):
    assert not fails(NegationMismatch, source, translation, language)


BAD = [
    # The "not" of the article's conclusion, dropped.
    (
        CONCLUSION,
        "El mecanismo de acción único de la ketamina ofrece posibilidades prometedoras para el "
        "tratamiento de los trastornos de salud mental, en particular para quienes han respondido "
        "a las terapias tradicionales.",
        "es",
    ),
    (
        CONCLUSION,
        "Le mécanisme d'action unique de la kétamine ouvre des perspectives prometteuses pour le "
        "traitement des troubles de santé mentale, en particulier chez les personnes qui ont "
        "répondu aux traitements traditionnels.",
        "fr",
    ),
    (
        CONCLUSION,
        "Der einzigartige Wirkmechanismus von Ketamin eröffnet vielversprechende Möglichkeiten, "
        "insbesondere für Menschen, die auf herkömmliche Therapien angesprochen haben.",
        "de",
    ),
    (
        CONCLUSION,
        "O mecanismo de ação único da cetamina oferece possibilidades promissoras, especialmente "
        "para aqueles que responderam às terapias tradicionais.",
        "pt_BR",
    ),
    (
        CONCLUSION,
        "تتيح آلية عمل الكيتامين الفريدة إمكانات واعدة، ولا سيما لدى الذين استجابوا للعلاجات "
        "التقليدية.",
        "ar",
    ),
    (
        CONCLUSION,
        "氯胺酮独特的作用机制带来了令人振奋的可能性，特别是对于那些对传统疗法有反应的患者。",
        "zh_CN",
    ),
    (DRIVE, "Conduzca durante las 24 horas posteriores al tratamiento.", "es"),
    (DRIVE, "Conduisez pendant les 24 heures qui suivent le traitement.", "fr"),
    (DRIVE, "治疗后24小时内请驾车。", "zh_CN"),
    (NEVER, "La kétamine doit toujours être utilisée sous surveillance médicale.", "fr"),
    # A negation where the source has none.
    (SAFE, "La kétamine n'est généralement pas considérée comme sûre en milieu contrôlé.", "fr"),
    (SAFE, "Ketamin gilt in kontrollierten Umgebungen im Allgemeinen nicht als sicher.", "de"),
    (SAFE, "لا يُعتبر الكيتامين آمنًا بشكل عام في البيئات الخاضعة للرقابة.", "ar"),
    (SAFE, "氯胺酮在受控环境中使用通常被认为是不安全的。", "zh_CN"),
    (NOT_ONLY, "La kétamine ne soulage pas la dépression.", "fr"),
    # The negation of the third sentence dropped, though the paragraph has another.
    (
        TRD,
        "La ketamina no es una opción para las personas con depresión resistente al tratamiento "
        "(DRT). Los estudios han demostrado su eficacia cuando las terapias convencionales han "
        "fracasado. Para muchos pacientes, esto ofrece esperanza donde antes existía.",
        "es",
    ),
]


# Verbs of stopping and "contraindicated" are no negation of their own: a translation
# that says them has dropped the "not" that matters.
BAD += [
    ("Do not stop suddenly.", "Pare de repente.", "pt_BR"),
    ("Do not stop suddenly.", "Arrêtez brusquement.", "fr"),
    ("Do not stop suddenly.", "Setzen Sie es plötzlich ab.", "de"),
    (
        "It is not contraindicated in pregnancy.",
        "Il est contre-indiqué pendant la grossesse.",
        "fr",
    ),
    ("It is not contraindicated in pregnancy.", "Está contraindicado en el embarazo.", "es"),
    ("It is not contraindicated in pregnancy.", "孕妇禁用。", "zh_CN"),
    # Nor are words of prohibition, where the source negates one: it permits.
    (
        "Alcohol is not prohibited during treatment.",
        "Está prohibido el alcohol durante el tratamiento.",
        "es",
    ),
    ("It is not forbidden in pregnancy.", "Il est interdit pendant la grossesse.", "fr"),
    ("Aspirin isn't contraindicated in children.", "儿童禁用阿司匹林。", "zh_CN"),
    # An "only" of the translation is the source's own, not its "not".
    (
        "It was prescribed for you only. Do not give it to others.",
        "Se le ha recetado solamente a usted, y debe dárselo a otras personas.",
        "es",
    ),
    # A step does not hide a negation, nor a shadda an unmarked غير.
    ("Take one more step.", "Ne faites pas un pas de plus.", "fr"),
    ("The result is correct.", "النتيجة غير صحيحة.", "ar"),
    ("Yes", "否", "zh_CN"),
    ("The value must be True or False.", "La valeur ne doit pas être True ou False.", "fr"),
    ("None of the values is True or False.", "Les valeurs sont True ou False.", "fr"),
]


# "Do not use it unless…" keeps its "not": the translation's "unless" is the source's
# own ("a menos que", "sauf", "es sei denn", "除非"), not the "not" said in other words;
# "a no ser que", "a não ser", "ما لم" and "除非" hold a "not" that negates nothing.
UNLESS = "If you are pregnant, do not use this medicine unless your doctor tells you to."
UNLESS_PLAIN = "Unless your doctor tells you otherwise, take one tablet a day."
UNTIL = "Do not drive until you know how this medicine affects you."
EXCEPT = "Do not use it except under medical supervision."
UNLESS_GOOD = [
    (UNLESS, "Si está embarazada, no utilice este medicamento a menos que se lo indique su médico.",
     "es"),
    (UNLESS, "Si está embarazada, no utilice este medicamento a no ser que se lo indique su "
     "médico.", "es"),
    (UNLESS, "Si vous êtes enceinte, n'utilisez pas ce médicament, sauf avis contraire de votre "
     "médecin.", "fr"),
    (UNLESS, "Si vous êtes enceinte, n'utilisez ce médicament que sur avis de votre médecin.",
     "fr"),
    (UNLESS, "Wenn Sie schwanger sind, wenden Sie dieses Arzneimittel nicht an, es sei denn, Ihr "
     "Arzt verordnet es.", "de"),
    (UNLESS, "Wenn Sie schwanger sind, wenden Sie dieses Arzneimittel nur auf Anweisung Ihres "
     "Arztes an.", "de"),
    (UNLESS, "Se você estiver grávida, não use este medicamento, a não ser por orientação do seu "
     "médico.", "pt_BR"),
    (UNLESS, "إذا كنتِ حاملاً، فلا تستخدمي هذا الدواء ما لم يطلب منكِ طبيبكِ ذلك.", "ar"),
    (UNLESS, "如您正在怀孕，除非遵医嘱，否则请勿使用本品。", "zh_CN"),
    (UNLESS_PLAIN, "A no ser que su médico le indique lo contrario, tome un comprimido al día.",
     "es"),
    (UNLESS_PLAIN, "A não ser que o seu médico indique o contrário, tome um comprimido por dia.",
     "pt_BR"),
    (UNLESS_PLAIN, "ما لم يوصِ طبيبك بخلاف ذلك، تناول قرصًا واحدًا يوميًا.", "ar"),
    (UNLESS_PLAIN, "除非医生另有指示，每日服用一片。", "zh_CN"),
    # "Do not … until" as "wait … before", "only then"; "not … except" as "only".
    (UNTIL, "Attendez de savoir comment ce médicament vous affecte avant de conduire.", "fr"),
    (UNTIL, "Fahren Sie erst dann Auto, wenn Sie wissen, wie dieses Arzneimittel auf Sie wirkt.",
     "de"),
    (UNTIL, "Warten Sie ab, wie dieses Arzneimittel auf Sie wirkt, bevor Sie Auto fahren.", "de"),
    (UNTIL, "Espere a saber cómo le afecta este medicamento antes de conducir.", "es"),
    (UNTIL, "Aguarde saber como este medicamento afeta você antes de dirigir.", "pt_BR"),
    (EXCEPT, "仅可在医疗监护下使用。", "zh_CN"),
    (EXCEPT, "استخدمه فقط تحت إشراف طبي.", "ar"),
    ("Do not take it unless you have pain.", "仅在疼痛时服用。", "zh_CN"),
]  # fmt: skip
UNLESS_BAD = [
    (UNLESS, "Si está embarazada, utilice este medicamento a menos que se lo indique su médico.",
     "es"),
    (UNLESS, "Si está embarazada, utilice este medicamento a no ser que se lo indique su médico.",
     "es"),
    (UNLESS, "Si vous êtes enceinte, utilisez ce médicament, sauf avis contraire de votre "
     "médecin.", "fr"),
    (UNLESS, "Si vous êtes enceinte, utilisez ce médicament à moins que votre médecin ne vous le "
     "dise.", "fr"),
    (UNLESS, "Wenn Sie schwanger sind, wenden Sie dieses Arzneimittel an, es sei denn, Ihr Arzt "
     "verordnet es.", "de"),
    (UNLESS, "Se você estiver grávida, use este medicamento, a não ser por orientação do seu "
     "médico.", "pt_BR"),
    (UNLESS, "Se você estiver grávida, use este medicamento, a menos que o seu médico indique.",
     "pt_BR"),
    (UNLESS, "إذا كنتِ حاملاً، فاستخدمي هذا الدواء ما لم يطلب منكِ طبيبكِ ذلك.", "ar"),
    (UNLESS, "如您正在怀孕，除非遵医嘱，否则请使用本品。", "zh_CN"),
    (UNTIL, "Conduisez avant de savoir comment ce médicament vous affecte.", "fr"),
    (UNTIL, "Fahren Sie Auto, bevor Sie wissen, wie dieses Arzneimittel auf Sie wirkt.", "de"),
    (EXCEPT, "医疗监护下可以使用。", "zh_CN"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "translation", "language"), UNLESS_BAD)
def test_not_with_unless_until_or_except_lost_fails(source, translation, language):
    assert messages(NegationMismatch, source, translation, language) == [
        "the source negates (not) but the translation has no negation"
    ]


# "or not" ends a clause ("si está embarazada o no"); before a verb it negates it ("o no
# se despierta", "ou não é uma imagem").
WHETHER = "Tell your doctor whether or not you are pregnant."
AMBULANCE = "Call an ambulance if the person cannot breathe or does not wake up."
INSULIN = "Never skip insulin, even if you are not eating."
BABIES = "Do not give ibuprofen to babies younger than 3 months."
STUDY = "The study did not include people older than 75, so the results may not apply to them."
DROPPED = "If the pen has been dropped, check it for damage."
REUSE = "Do not reuse needles: they may be blocked or no longer sterile."
INHALER = "Do not use the inhaler after the counter reaches 0, even if it does not feel empty."
TWICE_GOOD = [
    (WHETHER, "Informe a su médico si está embarazada o no.", "es"),
    (WHETHER, "Informe o seu médico se está grávida ou não.", "pt_BR"),
    (WHETHER, "Sagen Sie Ihrem Arzt, ob Sie schwanger sind oder nicht.", "de"),
    (WHETHER, "أخبري طبيبك ما إذا كنتِ حاملاً أو لا.", "ar"),
    (
        "The file you uploaded was either not an image or a corrupted image.",
        "O ficheiro que introduziu ou não é uma imagem ou está corrompido.",
        "pt_BR",
    ),
    (AMBULANCE, "Llame a una ambulancia si la persona no puede respirar o no se despierta.", "es"),
    (
        AMBULANCE,
        "Rufen Sie einen Rettungswagen, wenn die Person nicht atmen kann oder nicht aufwacht.",
        "de",
    ),
    (AMBULANCE, "اتصل بالإسعاف إذا كان الشخص غير قادر على التنفس أو لا يستيقظ.", "ar"),
    (AMBULANCE, "如患者无法呼吸或无法唤醒，请呼叫救护车。", "zh_CN"),
    (INSULIN, "Lassen Sie Ihr Insulin niemals aus, auch wenn Sie nichts essen.", "de"),
    # Two negations merged into one where a language does: "weder … noch", "verzichten".
    (
        "It is not addictive and it does not make you sleepy.",
        "Es macht weder abhängig noch müde.",
        "de",
    ),
    (
        "You should not drink alcohol, and you must never take sleeping pills with it.",
        "Sie sollten auf Alkohol verzichten und dürfen niemals Schlafmittel damit einnehmen.",
        "de",
    ),
    (
        "Never give it to a child who is not yet 2 years old.",
        "لا تُعطِ هذا الدواء أبدًا لطفل يقل عمره عن 2 سنة.",
        "ar",
    ),
    ("Do not share your pen with anyone.", "Ne partagez votre stylo avec personne.", "fr"),
    (STUDY, "该研究未纳入75岁以上人群，因此研究结果可能不适用于他们。", "zh_CN"),
    # Checking for damage is checking that there is none; "no longer" is a verb of stopping.
    (DROPPED, "Si le stylo est tombé, vérifiez qu'il n'est pas endommagé.", "fr"),
    (DROPPED, "Si la pluma se ha caído, compruebe que no esté dañada.", "es"),
    (DROPPED, "إذا سقط القلم، فافحصه للتأكد من عدم تلفه.", "ar"),
    (
        REUSE,
        "No reutilice las agujas: podrían estar obstruidas o haber dejado de ser estériles.",
        "es",
    ),
    (INHALER, "计数器归0后，即使感觉吸入器尚未用空，也不得继续使用。", "zh_CN"),
    # The "不" of "不足" (less than) is the bound's: "born before 37 weeks" adds no negation.
    (
        "If your child was born before 37 weeks, ask a doctor.",
        "如孩子出生时胎龄不足37周，请咨询医师。",
        "zh_CN",
    ),
    # Abstaining says "not to"; "como mucho" (at most) says "not longer than".
    (
        "Patients were asked not to eat for 2 hours.",
        "طُلب من المرضى الامتناع عن الأكل لمدة ساعتين.",
        "ar",
    ),
    (
        "Side effects did not last longer than 2 hours.",
        "Los efectos secundarios desaparecieron, como mucho, a las 2 horas.",
        "es",
    ),
    # The "not" of a bound word ("未满", under) bounds the age, as "younger than" does.
    (BABIES, "未满3个月的婴儿请勿使用布洛芬。", "zh_CN"),
    (BABIES, "未满3个月的婴儿禁用布洛芬。", "zh_CN"),
    ("Children under 3 months", "未满3个月的婴儿", "zh_CN"),
    ("Do not take this medicine for more than 7 days.", "本品连续使用不超过7天。", "zh_CN"),
]
#: One of two negations of a sentence lost: the translation negates once where its source
#: does twice; or negates only in a bound word the source says plain.
TWICE_BAD = [
    (AMBULANCE, "Llame a una ambulancia si la persona no puede respirar o se despierta.", "es",
     "cannot, not", "no"),
    (AMBULANCE, "Rufen Sie einen Rettungswagen, wenn die Person nicht atmen kann oder aufwacht.",
     "de", "cannot, not", "nicht"),
    (AMBULANCE, "اتصل بالإسعاف إذا كان الشخص غير قادر على التنفس أو يستيقظ.", "ar",
     "cannot, not", "غير"),
    (AMBULANCE, "如患者无法呼吸或唤醒，请呼叫救护车。", "zh_CN", "cannot, not", "无"),
    (INSULIN, "Lassen Sie Ihr Insulin aus, auch wenn Sie nichts essen.", "de", "never, not",
     "nichts"),
    (INHALER, "计数器归0后，即使感觉吸入器尚未用空，也得继续使用。", "zh_CN", "not", "未"),
    (REUSE, "No reutilice las agujas: podrían estar obstruidas o ser estériles.", "es",
     "not, no longer", "no"),
    (STUDY, "Menschen über 75 wurden in die Studie aufgenommen, daher lassen sich die "
     "Ergebnisse möglicherweise nicht auf sie übertragen.", "de", "not", "nicht"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "translation", "language", "said", "written"), TWICE_BAD)
def test_one_of_two_negations_lost_in_a_sentence_fails(
    source, translation, language, said, written
):
    assert messages(NegationMismatch, source, translation, language) == [
        f"the source negates 2 times ({said}), the translation 1 ({written}) in the same "
        "sentence: one seems lost"
    ]


def test_a_negation_only_in_a_bound_word_the_source_says_plain_fails():
    assert messages(NegationMismatch, BABIES, "未满3个月的婴儿请使用布洛芬。", "zh_CN") == [
        "the source negates (not) but the translation only in a bound (未)"
    ]


# "Yes or No" names two buttons or answers, in any quotes; "irréversible" says "cannot be
# undone"; "电量不足" (battery insufficient) says "battery low" with no negation.
TAP = "Did you take your dose? Tap Yes or No."
LACTOSE = "If you cannot tolerate some sugars, talk to your doctor first."
LIVER = "Liver damage may not show until 2 to 3 days after an overdose."
INTERFACE_GOOD = [
    (TAP, "Avez-vous pris votre dose ? Appuyez sur « Oui » ou « Non ».", "fr"),
    (TAP, "¿Has tomado la dosis? Toca Sí o No.", "es"),
    (TAP, "Você tomou a dose? Toque em Sim ou Não.", "pt_BR"),
    (TAP, "Haben Sie Ihre Dosis eingenommen? Tippen Sie auf „Ja“ oder „Nein“.", "de"),
    (TAP, "هل تناولت جرعتك؟ اضغط «نعم» أو «لا».", "ar"),
    (TAP, "您服药了吗？请点按“是”或“否”。", "zh_CN"),
    ("yes,no,maybe", "是,否,也许", "zh_CN"),
    ("Please enter either 'y' or 'n'.", "أدخل إما 'نعم' أو'لا'", "ar"),
    ("Delete this reminder? This cannot be undone.", "Supprimer ce rappel ? Cette action est "
     "irréversible.", "fr"),
    ("Battery low: charge your meter within 24 hours.", "电量不足：请在24小时内为血糖仪充电。",
     "zh_CN"),
    # Leaflet sections: "intolérance" for "cannot tolerate"; "not until" as "erst", "才".
    (LACTOSE, "Si vous présentez une intolérance à certains sucres, parlez-en à votre médecin.",
     "fr"),
    (LACTOSE, "Si padece intolerancia a ciertos azúcares, consulte con su médico.", "es"),
    (LACTOSE, "Se você tem intolerância a alguns açúcares, converse com o seu médico.", "pt_BR"),
    (LIVER, "Leberschäden können sich erst 2 bis 3 Tage nach einer Überdosierung zeigen.", "de"),
    (LIVER, "肝损伤可能在过量服用后2～3天才显现。", "zh_CN"),
    ("Take it as soon as you remember, but not if the next dose is due in less than 4 hours.",
     "تناولها حالما تتذكر، إلا إذا كان موعد الجرعة التالية بعد أقل من 4 ساعات.", "ar"),
    ("Go to hospital straight away, even if you feel well.",
     "即使自觉无不适，也应立即前往医院就诊。", "zh_CN"),
]  # fmt: skip
TAPER = "Reduce the dose gradually over at least 2 weeks; never stop abruptly."
MISSED = "Take it as soon as you remember, but not if it is less than 4 hours until the next one."
PHARMACIST = "Do not start or stop any other medicine without asking your pharmacist."
APPROVED = "The drug is not approved for children, and its long-term safety is still unknown."
GREENS = "Do not change how much green vegetables you eat without telling your clinic."
STOMACH = "Do not take it on an empty stomach and do not lie down for 30 minutes afterwards."
WAKE = "Signs of an overdose include very slow breathing and not being able to wake up."
PERIOD = "If you have no period during the pill-free week, you are unlikely to be pregnant."
NURSERY = "Keep your child off nursery or school while they have a fever."
UNCONSCIOUS = "If someone is unconscious, do not give them anything by mouth."
HERBAL = "Do not take herbal remedies or supplements without checking with your team first."
LACTOSE_LOST = [
    (LACTOSE, "Si vous tolérez certains sucres, parlez-en à votre médecin.", "fr"),
    (LIVER, "肝损伤可能在过量服用后2～3天显现。", "zh_CN"),
    # A bound word ("mindestens", "不足") of a bound the source says too is not its "not".
    (TAPER, "Verringern Sie die Dosis schrittweise über mindestens 2 Wochen; brechen Sie die "
     "Einnahme abrupt ab.", "de"),
    (TAPER, "Réduisez la dose progressivement sur au moins 2 semaines ; arrêtez le traitement "
     "brutalement.", "fr"),
    (MISSED, "想起时应立即补服；但如距下次服药时间不足4小时，则应补服。", "zh_CN"),
    # "Do not … without" kept only one of its two negations, in Chinese as in French.
    (PHARMACIST, "未经咨询药师，请自行开始或停用任何其他药品。", "zh_CN"),
    (PHARMACIST, "已经咨询药师，请勿自行开始或停用任何其他药品。", "zh_CN"),
    (GREENS, "在告知您的抗凝门诊之前，请改变绿色蔬菜的食用量。", "zh_CN"),
    # "Not even" said by "même" alone; the "jamais" lost.
    ("Never walk barefoot, not even at home.", "Marchez pieds nus, même chez vous.", "fr"),
    (UNCONSCIOUS, "Si una persona está inconsciente, dele algo por boca.", "es"),
    # A word of forgetting the source says too stands for no "not".
    ("Do not forget to take it.", "Oubliez de le prendre.", "fr"),
    ("Missing one dose is not dangerous; do not take two doses to make up for it.",
     "Olvidar una dosis no es peligroso; tome una dosis doble para compensar la dosis "
     "olvidada.", "es"),
    # A word of negative meaning for another negation ("ausgeblieben") is no "without".
    ("If you have not had a period for 3 months, do not start the pill without a test.",
     "Wenn Ihre Periode seit 3 Monaten ausgeblieben ist, beginnen Sie die Einnahme der Pille "
     "ohne vorherigen Test.", "de"),
    ("Ketamine acts on glutamate, not serotonin.", "氯胺酮作用于谷氨酸，而5-羟色胺。", "zh_CN"),
    # Romance concord: "no … nunca" is one negation, so the second "not" was lost.
    (INSULIN, "No se salte nunca la insulina, aunque esté comiendo.", "es"),
    (INSULIN, "Não deixe nunca de aplicar a insulina, mesmo que esteja comendo.", "pt_BR"),
    (INSULIN, "Ne sautez jamais aucune injection d'insuline, même si vous mangez.", "fr"),
    # A word of fasting ("空腹", "à jeun") is the source's "empty stomach", not its "not".
    (STOMACH, "请勿空腹服用，服药后30分钟内请躺下。", "zh_CN"),
    (STOMACH, "请空腹服用，服药后30分钟内请勿躺下。", "zh_CN"),
    (STOMACH, "Ne le prenez pas à jeun et allongez-vous pendant les 30 minutes qui suivent.",
     "fr"),
    ("You need not fast before the test, and you do not need an appointment.",
     "检测前有需空腹，也无需预约。", "zh_CN"),
    (GREENS, "Modifiez la quantité de légumes verts que vous mangez avant d'en parler à votre "
     "clinique.", "fr"),
    # A word that negates by its form ("unknown") said with a negation, the "not" lost.
    (APPROVED, "El fármaco está aprobado para niños y su seguridad a largo plazo sigue sin "
     "conocerse.", "es"),
    (APPROVED, "Für Kinder ist das Medikament zugelassen, und seine Langzeitsicherheit ist noch "
     "unbekannt.", "de"),
    (APPROVED, "该药已获批用于儿童，其长期安全性仍不明确。", "zh_CN"),
    (APPROVED, "الدواء معتمد للاستخدام لدى الأطفال، ولا تزال سلامته على المدى الطويل غير "
     "معروفة.", "ar"),
]  # fmt: skip
TAPER_GOOD = [
    (TAPER, "Verringern Sie die Dosis schrittweise über mindestens 2 Wochen; brechen Sie die "
     "Einnahme niemals abrupt ab.", "de"),
    (TAPER, "Réduisez la dose progressivement sur au moins 2 semaines ; n'arrêtez jamais le "
     "traitement brutalement.", "fr"),
    (TAPER, "应在至少2周内逐渐减量，切勿突然停药。", "zh_CN"),
    (MISSED, "想起时应立即补服；但如距下次服药时间不足4小时，则不应补服。", "zh_CN"),
    (PHARMACIST, "未经咨询药师，请勿自行开始或停用任何其他药品。", "zh_CN"),
    (PHARMACIST, "在没有咨询药师的情况下，不要开始或停用任何其他药品。", "zh_CN"),
    ("Do not skip sessions without telling the clinic.", "请勿在未告知诊所的情况下缺席治疗。",
     "zh_CN"),
    (APPROVED, "El fármaco no está aprobado para niños y su seguridad a largo plazo sigue sin "
     "conocerse.", "es"),
    (APPROVED, "Le médicament n'est pas autorisé chez l'enfant et sa sécurité à long terme reste "
     "inconnue.", "fr"),
    (APPROVED, "Das Arzneimittel ist für Kinder nicht zugelassen, und seine Langzeitsicherheit ist "
     "noch unbekannt.", "de"),
    (APPROVED, "O medicamento não é aprovado para crianças, e sua segurança a longo prazo ainda é "
     "desconhecida.", "pt_BR"),
    (APPROVED, "该药未获批用于儿童，其长期安全性仍不明确。", "zh_CN"),
    (APPROVED, "الدواء غير معتمد للاستخدام لدى الأطفال، ولا تزال سلامته على المدى الطويل غير "
     "معروفة.", "ar"),
    (INSULIN, "No se salte nunca la insulina, aunque no esté comiendo.", "es"),
    (INSULIN, "Não deixe nunca de aplicar a insulina, mesmo que não esteja comendo.", "pt_BR"),
    ("Do not take it, and never drink alcohol.", "No lo tome y nunca beba alcohol.", "es"),
    ("Do not take anything, not even water.", "No tome nada, ni siquiera agua.", "es"),
    ("Do not take it, and never drink alcohol.", "Ne le prenez pas et ne buvez jamais d'alcool.",
     "fr"),
    (STOMACH, "请勿空腹服用，服药后30分钟内请勿躺下。", "zh_CN"),
    (STOMACH, "Ne le prenez pas à jeun et ne vous allongez pas pendant les 30 minutes qui "
     "suivent.", "fr"),
    (STOMACH, "Nehmen Sie es nicht auf nüchternen Magen ein und legen Sie sich danach 30 Minuten "
     "lang nicht hin.", "de"),
    ("Do not take it without food, and do not take it with milk.",
     "Ne le prenez pas à jeun, ni avec du lait.", "fr"),
    # "Do not … without telling" as "do not … before telling".
    (GREENS, "在告知您的抗凝门诊之前，请勿改变绿色蔬菜的食用量。", "zh_CN"),
    (GREENS, "Ne modifiez pas la quantité de légumes verts que vous mangez avant d'en parler à "
     "votre clinique.", "fr"),
    (GREENS, "No cambie la cantidad de verduras que come antes de consultarlo con su clínica.",
     "es"),
    # "非" before a noun is "non-"; "fewer" may be said with a negation; "عاجز" is "unable".
    ("Shift workers were 1.5 times more likely to develop type 2 diabetes.",
     "轮班工作者患2型糖尿病的可能性是非轮班工作者的1.5倍。", "zh_CN"),
    ("Fewer than 1 in 5 of them have been diagnosed.", "其中得到确诊的不到五分之一。", "zh_CN"),
    ("Fewer than 1 in 5 of them have been diagnosed.",
     "ولم يُشخَّص منهم سوى أقل من واحد من كل 5 أشخاص.", "ar"),
    ("If you still cannot sleep after 20 minutes, get up.",
     "إذا كنت لا تزال عاجزًا عن النوم بعد 20 دقيقة، فانهض من السرير.", "ar"),
    ("Ketamine acts on glutamate, not serotonin.", "氯胺酮作用于谷氨酸，而非5-羟色胺。", "zh_CN"),
    # "Not being able to" as a noun of inability; "decide not to" as "decide against".
    (WAKE, "Les signes d'un surdosage comprennent une respiration très lente et l'impossibilité "
     "de se réveiller.", "fr"),
    (WAKE, "Los signos de sobredosis incluyen respiración muy lenta e incapacidad para "
     "despertarse.", "es"),
    (WAKE, "Os sinais de superdosagem incluem respiração muito lenta e incapacidade de acordar.",
     "pt_BR"),
    ("If you decide not to take part, your usual care will not be affected.",
     "Wenn Sie sich gegen eine Teilnahme entscheiden, hat dies keine Auswirkungen auf Ihre "
     "gewohnte medizinische Versorgung.", "de"),
    ("Call 112 immediately, even if they seem well.", "即使其看起来并无异常，也应立即拨打112。",
     "zh_CN"),
    # "No period … unlikely": "ausbleibt", "可能性也很小" say both in words.
    (PERIOD, "Wenn Ihre Monatsblutung in der einnahmefreien Woche ausbleibt, ist eine "
     "Schwangerschaft unwahrscheinlich.", "de"),
    (PERIOD, "Wenn die Blutung in der einnahmefreien Woche ausbleibt, ist eine Schwangerschaft "
     "unwahrscheinlich.", "de"),
    (PERIOD, "即使在停药周内没有来月经，怀孕的可能性也很小。", "zh_CN"),
    # "Keep … off school" says "do not send"; "not just" after a comma is "not only";
    # "not too late" may be "still in time"; "ne … que si" is "only if".
    (NURSERY, "Ne mettez pas votre enfant à la crèche ou à l'école tant qu'il a de la fièvre.",
     "fr"),
    (NURSERY, "Lassen Sie Ihr Kind nicht in die Kita oder Schule gehen, solange es Fieber hat.",
     "de"),
    (NURSERY, "孩子发热期间，请不要送其去托儿所或学校。", "zh_CN"),
    ("Give paracetamol only if your child is distressed, not just to lower the temperature.",
     "Dê paracetamol somente se a criança estiver muito desconfortável, e não apenas para "
     "baixar a temperatura.", "pt_BR"),
    ("It is not too late to catch up.", "Todavía se está a tiempo de ponerse al día.", "es"),
    ("It is not too late to catch up.", "Ainda dá tempo de pôr a vacinação em dia.", "pt_BR"),
    ("Nobody will contact you about your test results unless they are abnormal.",
     "On ne vous contactera au sujet de vos résultats d'examens que s'ils sont anormaux.", "fr"),
    ("Do not drive until you can do an emergency stop without pain.",
     "请勿驾车，待您能够无痛地完成紧急刹车后再驾车。", "zh_CN"),
    # "unconscious" as "inconsciente", "فاقد للوعي", "失去意识"; "does not know" as
    # "l'ignore"; "not even" after "jamais" as ", même"; "也不例外" (no exception) affirms.
    (UNCONSCIOUS, "Si una persona está inconsciente, no le dé nada por boca.", "es"),
    (UNCONSCIOUS, "Si une personne est inconsciente, ne lui donnez rien par la bouche.", "fr"),
    (UNCONSCIOUS, "إذا كان الشخص فاقدًا للوعي، فلا تعطه أي شيء عن طريق الفم.", "ar"),
    (UNCONSCIOUS, "如果有人失去意识，不要经口给其任何东西。", "zh_CN"),
    ("About 1 in 10 adults has diabetes, and 1 in 3 of them does not know it.",
     "Environ un adulte sur dix est diabétique, et un tiers d'entre eux l'ignore.", "fr"),
    ("Never walk barefoot, not even at home.", "Ne marchez jamais pieds nus, même chez vous.",
     "fr"),
    ("Read food labels every time, even for products you have bought before.",
     "每次都要阅读食品标签，即使是以前买过的产品也不例外。", "zh_CN"),
    # "sans danger" is "safe"; "before …, first …" says "do not … without".
    ("Paracetamol is usually safe; take the lowest dose for the shortest time.",
     "Le paracétamol est généralement sans danger ; prenez la dose la plus faible possible.",
     "fr"),
    (HERBAL, "服用任何草药或保健品之前，请先咨询您的医疗团队。", "zh_CN"),
    (HERBAL, "Avant de prendre des plantes ou des compléments, parlez-en d'abord à votre équipe.",
     "fr"),
    # A "-less" word may be said without a negation ("essoufflé"); "antes de comer nada" is
    # "before eating anything".
    ("Stop if you become breathless, and do not exercise straight after a meal.",
     "Arrêtez-vous si vous êtes essoufflé, et ne faites pas d'exercice juste après un repas.",
     "fr"),
    ("Sex is usually safe if you can climb 2 flights of stairs without getting breathless.",
     "如果能连续爬2层楼梯而不气促，性生活通常是安全的。", "zh_CN"),
    ("Weigh yourself every morning before you eat.", "Pésese todas las mañanas antes de comer "
     "nada.", "es"),
    # "须等到…方可" (may only after) says "must not … until"; "sans gêne" is "comfortably".
    ("Patients must not drive until the day after treatment.", "患者须等到治疗后次日方可驾车。",
     "zh_CN"),
    ("Hold your breath for 10 seconds, or as long as is comfortable.",
     "Retenez votre respiration pendant 10 secondes, ou aussi longtemps que vous le pouvez sans "
     "gêne.", "fr"),
    # "may not remember" as "forget", "do not look after" as "neglect", "not smoking" as
    # "Rauchverzicht".
    ("People with dementia may not remember to eat or drink.",
     "Les personnes atteintes de démence peuvent oublier de manger ou de boire.", "fr"),
    ("People with dementia may not remember to eat or drink.",
     "痴呆患者可能会忘记吃饭或喝水。", "zh_CN"),
    ("People with dementia may not remember to eat or drink.",
     "قد ينسى المصابون بالخرف أن يأكلوا أو يشربوا.", "ar"),
    ("Carers often do not look after their own health.",
     "Pflegende Angehörige vernachlässigen häufig ihre eigene Gesundheit.", "de"),
    ("Physical activity, not smoking and a healthy diet may lower the risk.",
     "Körperliche Aktivität, Rauchverzicht und eine gesunde Ernährung können das Risiko senken.",
     "de"),
    # Reversing verbs negate nothing; Python's None is a value, not "none".
    ("This cannot be undone.", "Esta acción no se puede deshacer.", "es"),
    ("Invalid configuration value found: 'language = None'.",
     "Valor de configuração inválido encontrado: 'language = None'.", "pt_BR"),
    ("extension %r returned an unsupported object; it should return None or a dictionary",
     "l'extension %r a renvoyé un type d'objet non supporté ; elle devrait renvoyer None ou un "
     "dictionnaire", "fr"),
    ("cannot override config setting %r with unsupported type",
     "impossible de remplacer le paramètre %r par un type non-supporté", "fr"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "translation", "language"), LACTOSE_LOST)
def test_a_not_said_by_no_word_of_its_meaning_fails(source, translation, language):
    assert fails(NegationMismatch, source, translation, language)


@pytest.mark.parametrize(
    ("source", "translation", "language"), UNLESS_GOOD + TWICE_GOOD + INTERFACE_GOOD + TAPER_GOOD
)
def test_a_not_kept_or_said_in_other_words_passes(source, translation, language):
    assert not fails(NegationMismatch, source, translation, language)


def test_a_negated_question_answered_yes_or_no_still_needs_its_not():
    assert fails(NegationMismatch, "Is it not safe? Yes or no.", "Est-ce sûr ? Oui ou non.", "fr")


# A bound said with a negation may be said with a bound word; one turned into "more
# than" inverts the instruction.
BOUND = "Take no more than 4 doses a day."
BOUND_GOOD = [
    (BOUND, "Nehmen Sie höchstens 4 Dosen pro Tag.", "de"),
    (BOUND, "Nehmen Sie nicht mehr als 4 Dosen pro Tag.", "de"),
    (BOUND, "Prenez au maximum 4 doses par jour.", "fr"),
    (BOUND, "Ne prenez pas plus de 4 doses par jour.", "fr"),
    (BOUND, "Tome como máximo 4 dosis al día.", "es"),
    (BOUND, "Tome no máximo 4 doses por dia.", "pt_BR"),
    (BOUND, "تناول 4 جرعات يوميًا على الأكثر.", "ar"),
    (BOUND, "每天最多服用4剂。", "zh_CN"),
    ("Take at most 4 doses a day.", "每天服用不超过4剂。", "zh_CN"),
    ("Take at least 2 litres of water.", "Trinken Sie mindestens 2 Liter Wasser.", "de"),
    ("Take no less than 2 litres of water.", "Buvez au moins 2 litres d'eau.", "fr"),
    ("No", "Nein", "de"),
    # A hyphenated name or compound is no negation: "no-referrer", "Nicht-Raucher"; "no-one" is.
    ("Use the no-referrer policy.", "Utilisez la politique no-referrer.", "fr"),
    ("Non-smokers respond better.", "Nicht-Raucher sprechen besser an.", "de"),
    (
        "No-one should drive after an infusion.",
        "Personne ne devrait conduire après une perfusion.",
        "fr",
    ),
    ("No one has responded to treatment.", "Personne n'a répondu au traitement.", "fr"),
    # 别 is "don't" alone, part of a word in 别名 ("alias") or 型別 ("type").
    ("type alias", "类型别名", "zh_CN"),
]
BOUND_BAD = [
    (BOUND, "Nehmen Sie mehr als 4 Dosen pro Tag.", "de"),
    (BOUND, "Prenez plus de 4 doses par jour.", "fr"),
    (BOUND, "Tome más de 4 dosis al día.", "es"),
    (BOUND, "Tome mais de 4 doses por dia.", "pt_BR"),
    (BOUND, "تناول أكثر من 4 جرعات يوميًا.", "ar"),
    (BOUND, "每天服用超过4剂。", "zh_CN"),
]
BAD.append(
    (
        "No-one should drive after an infusion.",
        "Tout le monde peut conduire après une perfusion.",
        "fr",
    )
)


@pytest.mark.parametrize(("source", "translation", "language"), BOUND_GOOD)
def test_a_bound_kept_in_words_or_by_a_negation_passes(source, translation, language):
    assert not fails(NegationMismatch, source, translation, language)


@pytest.mark.parametrize(("source", "translation", "language"), BOUND_BAD)
def test_a_bound_turned_into_more_than_is_reported_once_by_the_number_check(
    source, translation, language
):
    # The number check names both bounds; the negation check does not report it again.
    assert fails(NumberMismatch, source, translation, language)
    assert not fails(NegationMismatch, source, translation, language)


# A negated bound is the opposite bound: "Store below 30 °C" is "Nicht über 30 °C lagern",
# "Do not store above 25 °C" is "Conserver en dessous de 25 °C". Reported by neither check.
STORE = "Store below 30 °C."
NOT_ABOVE = "Do not store above 25 °C."
NOT_ABOVE_AT = "Do not store the spray at temperatures above 25 °C."
BOUNDS_TURNED_GOOD = [
    (STORE, "Conservez à une température ne dépassant pas 30 °C.", "fr"),
    (STORE, "No conservar por encima de 30 °C.", "es"),
    (STORE, "Nicht über 30 °C lagern.", "de"),
    (STORE, "Não armazenar acima de 30 °C.", "pt_BR"),
    (STORE, "لا يُحفظ أعلى من 30 درجة مئوية.", "ar"),
    (STORE, "请勿在30℃以上储存。", "zh_CN"),
    (NOT_ABOVE, "Conserver en dessous de 25 °C.", "fr"),
    (NOT_ABOVE, "Unter 25 °C lagern.", "de"),
    (NOT_ABOVE, "25℃以下保存。", "zh_CN"),
    # A verb of keeping brings its negation to the bound of where it keeps.
    (STORE, "No conserve el pulverizador a temperatura superior a 30 °C.", "es"),
    (STORE, "Ne pas conserver à une température supérieure à 30 °C.", "fr"),
    (STORE, "Não conservar a temperaturas superiores a 30 °C.", "pt_BR"),
    (STORE, "لا يحفظ في درجة حرارة أعلى من 30 درجة مئوية.", "ar"),
    (STORE, "请勿将本品储存于30℃以上。", "zh_CN"),
    (NOT_ABOVE_AT, "Conserve el pulverizador por debajo de 25 °C.", "es"),
    (NOT_ABOVE_AT, "Das Spray unter 25 °C lagern.", "de"),
    (NOT_ABOVE_AT, "A conserver à une température ne dépassant pas 25 °C.", "fr"),
    # A negation far from the bound bears on another word: the bound is not turned.
    ("It is not recommended for children under 12.",
     "Déconseillé chez l'enfant de moins de 12 ans.", "fr"),
    ("Patients with kidney problems should not take more than 10 mg a day.",
     "يجب ألا يتناول المرضى الذين يعانون من مشكلات في الكلى أكثر من 10 ملغ يومياً.", "ar"),
]  # fmt: skip
BOUNDS_TURNED_BAD = [
    (STORE, "Ne conservez pas en dessous de 30 °C.", "fr"),
    (NOT_ABOVE, "Conservar por encima de 25 °C.", "es"),
    ("Do not exceed 4 tablets a day.", "Nehmen Sie mindestens 4 Tabletten täglich ein.", "de"),
    ("Do not take more than 4 tablets a day.", "لا تتناول أقل من 4 أقراص يوميًا.", "ar"),
    (STORE, "À conserver à une température dépassant 30 °C.", "fr"),
    (STORE, "No conserve el pulverizador a temperatura inferior a 30 °C.", "es"),
    (STORE, "Não conservar a temperaturas inferiores a 30 °C.", "pt_BR"),
    (STORE, "لا يحفظ في درجة حرارة أقل من 30 درجة مئوية.", "ar"),
    (STORE, "请勿将本品储存于30℃以下。", "zh_CN"),
    (NOT_ABOVE_AT, "Conserve el pulverizador a temperatura superior a 25 °C.", "es"),
    (NOT_ABOVE_AT, "Ne pas conserver le pulvérisateur à une température inférieure à 25 °C.", "fr"),
    (NOT_ABOVE_AT, "Das Spray über 25 °C lagern.", "de"),
]


@pytest.mark.parametrize(("source", "translation", "language"), BOUNDS_TURNED_GOOD)
def test_a_negated_bound_for_the_opposite_bound_passes(source, translation, language):
    assert not fails(NumberMismatch, source, translation, language)
    assert not fails(NegationMismatch, source, translation, language)


@pytest.mark.parametrize(("source", "translation", "language"), BOUNDS_TURNED_BAD)
def test_a_negated_bound_turned_the_wrong_way_fails(source, translation, language):
    assert fails(NumberMismatch, source, translation, language)


@pytest.mark.parametrize(("source", "translation", "language"), BAD)
def test_dropped_or_added_negation_fails(source, translation, language):
    assert fails(NegationMismatch, source, translation, language)


LOST_ONE = 'the source has "without" and another negation ({}), the translation one of them only'


@pytest.mark.parametrize(
    ("source", "translation", "language", "expected"),
    [
        (STOP, "Arrêtez de le prendre sans en parler à votre médecin.", "fr",
         LOST_ONE.format("not, without") + " (sans)"),
        (STOP, "Setzen Sie es ohne Rücksprache mit Ihrem Arzt ab.", "de",
         LOST_ONE.format("not, without") + " (ohne)"),
        (STOP, "Deje de tomarlo sin consultar a su médico.", "es",
         LOST_ONE.format("not, without") + " (sin)"),
        (STOP, "Pare de tomá-lo sem falar com seu médico.", "pt_BR",
         LOST_ONE.format("not, without") + " (sem)"),
        (STOP, "توقف عن تناوله دون استشارة طبيبك.", "ar",
         LOST_ONE.format("not, without") + " (دون)"),
        ("Never use it without supervision.", "Utilisez-le toujours sans surveillance.", "fr",
         LOST_ONE.format("never, without") + " (sans)"),
        # The "without" lost, the "not" kept: "do not use without advice" became "with advice".
        ("Do not use it for more than 5 days without advice.",
         "N'utilisez pas plus de 5 jours avec l'avis d'un médecin.", "fr",
         LOST_ONE.format("not, without") + " (pas)"),
        ("Do not use it for more than 5 days without advice.",
         "لا تستخدمه لأكثر من 5 أيام مع استشارة الطبيب.", "ar",
         LOST_ONE.format("not, without") + " (لا)"),
    ],
)  # fmt: skip
def test_one_of_a_not_and_a_without_lost_fails(source, translation, language, expected):
    assert messages(NegationMismatch, source, translation, language) == [expected]


PARAGRAPH = (
    "Do not drive for 24 hours. Do not drink alcohol on the day of treatment. Rest at home for "
    "the rest of the day."
)


@pytest.mark.parametrize(
    ("translation", "language", "expected"),
    [
        ("Ne conduisez pas pendant 24 heures. Reposez-vous à la maison le reste de la journée.",
         "fr", "the translation 1 (pas)"),
        ("Nicht 24 Stunden lang Auto fahren. Ruhen Sie sich für den Rest des Tages zu Hause aus.",
         "de", "the translation 1 (nicht)"),
    ],
)  # fmt: skip
def test_a_negated_sentence_lost_beside_another_fails(translation, language, expected):
    assert messages(NegationMismatch, PARAGRAPH, translation, language) == [
        f"the source negates 2 times (not), {expected} and has fewer sentences: "
        "a negated sentence seems missing"
    ]


@pytest.mark.parametrize(
    ("source", "translation", "language"),
    [
        # Two sentences merged into one keep both negations.
        (PARAGRAPH, "Ne conduisez pas pendant 24 heures et ne buvez pas d'alcool le jour du "
         "traitement. Reposez-vous à la maison le reste de la journée.", "fr"),
        (PARAGRAPH, "24小时内请勿驾车。治疗当天请勿饮酒，当天其余时间请在家休息。", "zh_CN"),
        # "Neither … nor" is one negation said twice.
        ("Neither alcohol nor driving on the day of treatment. Rest. Stay at home.",
         "Weder Alkohol noch Autofahren am Tag der Behandlung. Ruhen Sie sich aus.", "de"),
    ],
)  # fmt: skip
def test_negated_sentences_merged_pass(source, translation, language):
    assert not fails(NegationMismatch, source, translation, language)


def test_messages_name_the_sentence_and_the_markers():
    translation = (
        "La ketamina se ha perfilado como una opción prometedora (DRT). Los estudios han "
        "demostrado su eficacia cuando las terapias convencionales han fracasado. Para muchos "
        "pacientes, esto ofrece esperanza donde antes existía."
    )
    assert messages(NegationMismatch, TRD, translation, "es") == [
        "sentence 3: the source negates (none) but the translation has no negation"
    ]
    assert messages(NegationMismatch, SAFE, "Ketamin gilt nicht als sicher.", "de") == [
        "the translation negates (nicht) but the source does not"
    ]
    assert NegationMismatch.severity is Severity.WARNING


def test_unknown_language_is_not_judged():
    assert negation_markers("sw") is None
    assert negation_problems(DRIVE, "Usiendeshe kwa saa 24.", "sw") == []


def test_arabic_clitics_and_vowel_marks():
    markers = negation_markers("ar")
    assert find_negation(normalize("وَلَمْ يستجيبوا"), markers).cues == ("ولم",)
    assert find_negation(normalize("ولا سيما المرضى"), markers).cues == ()
    assert find_negation(normalize("بما في ذلك"), markers).cues == ()


def test_english_contractions_and_curly_apostrophes():
    markers = negation_markers("en")
    assert find_negation(normalize("It doesn’t work"), markers).negates
    assert not find_negation(normalize("Nonetheless, it works"), markers).negates


@pytest.mark.parametrize(
    ("translation", "language"),
    [
        ("Ketamin erhöht den Spiegel von Stickstoffmonoxid (NO).", "de"),
        ("La ketamina eleva los niveles de óxido nítrico (NO).", "es"),
    ],
)
def test_the_chemical_no_is_not_a_negation(translation, language):
    assert not fails(
        NegationMismatch, "Ketamine raises nitric oxide (NO) levels.", translation, language
    )


def test_link_targets_are_not_words():
    source = "See [the guide](https://example.org/no-alcohol) for details."
    assert not fails(
        NegationMismatch, source, "Consulte [la guía](https://example.org/no-alcohol).", "es"
    )


# A shortcut for text that cannot need the full work: ASCII to normalise.
_NORMAL_CHARACTERS = "ab .!?…\"'”’»)\n\t。！？؟۔\u2019\u064e"
_NORMAL_TEXT = st.text(st.sampled_from(list(_NORMAL_CHARACTERS)), max_size=12)


@settings(max_examples=2000, deadline=None)
@given(text=_NORMAL_TEXT)
def test_normal_forms_are_those_of_the_full_work(text):
    assert normalize(text) == _ARABIC_MARKS.sub("", text.translate(_APOSTROPHES))
