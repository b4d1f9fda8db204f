"""number-mismatch: every number of the source, in the spelling the target language reads."""

# ruff: noqa: RUF001 -- real translations hold non-ASCII digits and punctuation

from __future__ import annotations

import json

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from toolkit.checks.numbers import (
    NumberMismatch,
    cjk_numeral_value,
    compare_numbers,
    number_format,
    number_problems,
    number_text,
)
from toolkit.findings import Severity

from .checkutil import fails, messages
from .conftest import REPO

LANGUAGES = ("es", "fr", "de", "pt_BR", "ar", "zh_CN", "ja", "ko", "")

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


# Units: the same unit, written as each language writes it, is no finding.
EVERY_8_HOURS = "Take 10–15 mg every 8 hours for 2 weeks, then 5 mg daily for 3 months."
INFUSION = "Infuse 0.5 mg/kg in 250 ml over 40 minutes; 30% of patients respond within 24 hours."
UNITS_GOOD = [
    (
        EVERY_8_HOURS,
        "Tome de 10 a 15 mg cada 8 horas durante 2 semanas y después 5 mg al día durante 3 meses.",
        "es",
    ),
    (
        EVERY_8_HOURS,
        "Prenez 10 à 15 mg toutes les 8 heures pendant 2 semaines, puis 5 mg par jour pendant "
        "3 mois.",
        "fr",
    ),
    (
        EVERY_8_HOURS,
        "Nehmen Sie 2 Wochen lang alle 8 Stunden 10 bis 15 mg ein, danach 3 Monate lang täglich "
        "5 mg.",
        "de",
    ),
    (
        EVERY_8_HOURS,
        "Tome de 10 a 15 mg a cada 8 horas por 2 semanas e depois 5 mg por dia durante 3 meses.",
        "pt_BR",
    ),
    (
        EVERY_8_HOURS,
        "تناول من 10 إلى 15 ملغ كل 8 ساعات لمدة أسبوعين، ثم 5 ملغ يوميًا لمدة 3 أشهر.".replace(
            "أسبوعين", "2 أسابيع"
        ),
        "ar",
    ),
    (EVERY_8_HOURS, "每8小时服用10至15毫克，持续2周，然后每天5 mg，持续3个月。", "zh_CN"),
    (
        INFUSION,
        "Infundir 0,5 mg/kg en 250 ml durante 40 minutos; el 30 % de los pacientes responde en "
        "24 horas.",
        "es",
    ),
    (
        INFUSION,
        "Perfuser 0,5 mg/kg dans 250 mL en 40 min ; 30\u202f% des patients répondent en 24\u00a0h.",
        "fr",
    ),
    (
        INFUSION,
        "0,5 mg/kg in 250 ml über 40 Minuten infundieren; 30 Prozent der Patienten sprechen "
        "innerhalb von 24 Std. an.",
        "de",
    ),
    (
        INFUSION,
        "Infundir 0,5 mg/kg em 250 mL durante 40 minutos; 30% dos pacientes respondem em 24 horas.",
        "pt_BR",
    ),
    (
        INFUSION,
        "يُسرَّب 0.5 ملغ/كغ في 250 مل على مدى 40 دقيقة؛ ويستجيب 30٪ من المرضى خلال 24 ساعة.",
        "ar",
    ),
    (INFUSION, "在40分钟内输注0.5毫克/千克（溶于250毫升）；30%的患者在24小时内起效。", "zh_CN"),
    # A unit the data does not know for the language is not a different unit.
    (INFUSION, "Вводить 0,5 мг/кг в 250 мл в течение 40 минут; 30 % отвечают за 24 часа.", "ru"),
    # A number that has no unit in the source is not read for one.
    ("Step 2 of the 3 steps.", "Étape 2 sur 3 : les grammes de trop.", "fr"),
    ("Serotonin (5-HT) receptors", "Récepteurs de la sérotonine (5-HT)", "fr"),
]
# Small numbers written as words of the target language.
FOUR_WEEKS = "Take 2 tablets a day for 4 weeks, then stop for 10 days."
UNITS_GOOD += [
    (
        FOUR_WEEKS,
        "Tome dos comprimidos al día durante cuatro semanas y luego pare diez días.",
        "es",
    ),
    (
        FOUR_WEEKS,
        "Prenez deux comprimés par jour pendant quatre semaines, puis arrêtez dix jours.",
        "fr",
    ),
    (
        FOUR_WEEKS,
        "Nehmen Sie vier Wochen lang täglich zwei Tabletten und pausieren Sie dann zehn Tage.",
        "de",
    ),
    (
        FOUR_WEEKS,
        "Tome duas cápsulas por dia durante quatro semanas e depois pare por dez dias.",
        "pt_BR",
    ),
    (
        FOUR_WEEKS,
        "تناول قرصين يوميًا لمدة أربعة أسابيع، ثم توقف لمدة عشرة أيام.",
        "ar",
    ),
    (FOUR_WEEKS, "每天服用两片，连续四周，然后停药十天。", "zh_CN"),
    # Equal numbers with other units may trade places: each keeps its own unit.
    ("Dissolve 5 mg in 5 ml of water.", "In 5 ml Wasser 5 mg auflösen.", "de"),
    ("Dissolve 5 mg in 5 ml of water.", "用5 ml水溶解5 mg。", "zh_CN"),
    ("Give 10 mg over 10 minutes.", "Pendant 10 minutes, administrez 10 mg.", "fr"),
    # Chinese may give the rate before the number: 每日 is daily.
    ("Take 10 mg/day.", "每日10 mg。", "zh_CN"),
    ("Take 10 mg a day.", "每日服用10 mg。", "zh_CN"),
    ("Take 5 mg twice a day.", "每日两次，每次服用5 mg。", "zh_CN"),
    # Japanese and Korean too: 1日 and 1일 ("a day") before the dose, particles after the unit.
    ("Take 10 mg/day.", "1日10 mgを服用してください。", "ja"),
    ("Take 10 mg a day.", "毎日10 mgを服用してください。", "ja"),
    ("Take 10 mg a day.", "1일 10 mg를 복용하십시오.", "ko"),
    ("Take 10 mg a day.", "매일 10 mg를 복용하십시오.", "ko"),
    (
        "Wait 2 hours, then give 10 mg over 3 weeks.",
        "2時間待ってから、3週間かけて10ミリグラムを投与します。",
        "ja",
    ),
    (
        "Wait 2 hours, then give 10 mg over 3 months.",
        "2시간 기다린 후 3개월에 걸쳐 10밀리그램을 투여합니다.",
        "ko",
    ),
    ("Take 10 to 15 mg.", "10から15 mgを服用します。", "ja"),
    # A day is d, as ISO 80000 writes it, and j (jour) in French; a week is sem.
    ("Take 10 mg/d.", "Prenez 10 mg/j.", "fr"),
    ("Take 10 mg/day.", "Nehmen Sie 10 mg/d.", "de"),
    ("Take 10 mg/d.", "Tome 10 mg al día.", "es"),
    ("Take 10 mg/d for 3 wk.", "Prenez 10 mg par jour pendant 3 sem.", "fr"),
    # Arabic says "two weeks" with one word, the dual of "week".
    ("Take it for 2 weeks, then wait 2 hours.", "تناوله لمدة أسبوعين، ثم انتظر ساعتين.", "ar"),
    # And two of what a dose is counted in: tablets, capsules, doses, drops, injections.
    ("Take 2 capsules with water.", "تناول كبسولتين مع الماء.", "ar"),
    ("Use 2 drops in each eye.", "ضع قطرتين في كل عين.", "ar"),
    ("Give 2 doses, 4 weeks apart.", "أعطِ جرعتين بفاصل أربعة أسابيع.", "ar"),
    # Particles and the article join the word: "by two hours", "and for two weeks", "the two
    # tablets", "the seven" (Django's "Past 7 days").
    ("Take it 2 hours before bedtime.", "تناوله قبل النوم بساعتين.", "ar"),
    ("Use it for 2 days, or 2 weeks if needed.", "استخدمه يومين، ولأسبوعين عند الحاجة.", "ar"),
    ("Swallow the 2 tablets whole.", "ابتلع القرصين كاملين.", "ar"),
    ("Past 7 days", "الأيام السبعة الماضية", "ar"),
    # The singular says one as the dual says two: "a tablet or two", "one drop".
    ("Take 1 to 2 tablets as needed.", "يُؤخذ قرص أو قرصان عند الحاجة.", "ar"),
    ("Use 1 drop in each eye.", "ضع قطرة في كل عين.", "ar"),
    ("About 1 in 10 people may have headaches.", "قد يُصاب شخص واحد من كل 10 أشخاص بالصداع.", "ar"),
]
# Seconds, blood pressure, moles and temperatures are units too.
VITALS = (
    "Inject over 30 seconds if blood pressure is 140 mmHg, potassium 5 mmol/L and temperature "
    "38 °C."
)
UNITS_GOOD += [
    (
        VITALS,
        "Inyecte en 30 segundos si la presión arterial es de 140 mmHg, el potasio de 5 mmol/L y "
        "la temperatura de 38 °C.",
        "es",
    ),
    (
        VITALS,
        "Injecter en 30 secondes si la pression artérielle est de 140 mmHg, la kaliémie de "
        "5 mmol/l et la température de 38 °C.",
        "fr",
    ),
    (
        VITALS,
        "Über 30 Sekunden injizieren, wenn der Blutdruck 140 mmHg, das Kalium 5 mmol/l und die "
        "Temperatur 38 Grad Celsius beträgt.",
        "de",
    ),
    (
        VITALS,
        "Injete em 30 segundos se a pressão arterial for de 140 mm Hg, o potássio de 5 mmol/L e "
        "a temperatura de 38 °C.",
        "pt_BR",
    ),
    (
        VITALS,
        "يُحقن على مدى 30 ثانية إذا كان ضغط الدم 140 ملم زئبق والبوتاسيوم 5 مليمول/لتر ودرجة "
        "الحرارة 38 درجة مئوية.",
        "ar",
    ),
    (VITALS, "如果血压为140毫米汞柱、血钾为5 mmol/L、体温为38℃，则在30秒内注射。", "zh_CN"),
    # "s" alone is no second: decades and ages.
    ("Patients in their 20s and 30s", "Les patients de 20 à 30 ans", "fr"),
    ("Since the 1990s, 5 studies", "Seit den 1990er-Jahren 5 Studien", "de"),
]
# A changed unit is a changed dose or schedule.
UNITS_BAD = [
    ("Give 10 mg.", "Administre 10 g.", "es"),
    ("Give 10 mg.", "Administrez 10 grammes.", "fr"),
    ("Give 500 µg.", "Verabreichen Sie 500 mg.", "de"),
    ("Give 500 mcg.", "Administre 500 mg.", "pt_BR"),
    ("Inject 2 ml.", "Injizieren Sie 2 l.", "de"),
    (EVERY_8_HOURS, EVERY_8_HOURS.replace("8 hours", "8 days"), "es"),
    (
        EVERY_8_HOURS,
        "Prenez 10 à 15 g toutes les 8 heures pendant 2 semaines, puis 5 mg par jour pendant "
        "3 mois.",
        "fr",
    ),
    (
        EVERY_8_HOURS,
        "Nehmen Sie 2 Monate lang alle 8 Stunden 10 bis 15 mg ein, danach 3 Monate lang täglich "
        "5 mg.",
        "de",
    ),
    (
        EVERY_8_HOURS,
        "Tome de 10 a 15 mg a cada 8 dias por 2 semanas e depois 5 mg por dia durante 3 meses.",
        "pt_BR",
    ),
    (
        EVERY_8_HOURS,
        "تناول من 10 إلى 15 ملغ كل 8 أيام لمدة 2 أسابيع، ثم 5 ملغ يوميًا لمدة 3 أشهر.",
        "ar",
    ),
    (EVERY_8_HOURS, "每8天服用10至15毫克，持续2周，然后每天5 mg，持续3个月。", "zh_CN"),
    (INFUSION, "在40分钟内输注0.5毫克/千克（溶于250升）；30%的患者在24小时内起效。", "zh_CN"),
    (INFUSION, INFUSION.replace("24 hours", "24 minutes"), "ru"),
    # A word for another number, or for the number with another unit.
    (FOUR_WEEKS, "Tome dos comprimidos al día durante cinco semanas y luego pare diez días.", "es"),
    (
        FOUR_WEEKS,
        "Prenez deux comprimés par jour pendant quatre jours, puis arrêtez dix jours.",
        "fr",
    ),
    (
        FOUR_WEEKS,
        "Nehmen Sie vier Wochen lang täglich eine Tablette und pausieren Sie dann zehn Tage.",
        "de",
    ),
    (
        FOUR_WEEKS,
        "Prenez un comprimé par jour pendant quatre semaines, puis arrêtez dix jours.",
        "fr",
    ),
    ("Take it for 2 days.", "تناوله لمدة أسبوعين.", "ar"),  # the dual of another unit
]

# A dose by body weight or body surface, and a dose per day, are units of their own:
# "mg/kg", "mg per kg", "mg pro Kilogramm", "mg/m²". A time the translation gives
# elsewhere ("täglich 5 mg", "每天5毫克") is the same dose; a weight it does not name is not.
# A quantity spelled out is a quantity: "two hours" must stay two hours, in words or digits.
SPELLED = "Effects usually fade within two hours; a course is six infusions over three weeks."
CLOT = "About 1 in 1,000 women using the pill will develop a blood clot each year."
MILLION = "Serious allergic reactions are very rare: fewer than 1 in a million doses."
TWO_IN_THREE = "2 in 3 of these deaths could be prevented."
DOSES = "Take two tablets at night; if needed, three more doses may be given."
SPELLED_GOOD = [
    (SPELLED, "Los efectos suelen desaparecer en dos horas; un ciclo consta de seis infusiones "
     "a lo largo de tres semanas.", "es"),
    (SPELLED, "Les effets disparaissent généralement en deux heures ; une cure comprend six "
     "perfusions sur trois semaines.", "fr"),
    (SPELLED, "Die Wirkung lässt meist innerhalb von zwei Stunden nach; eine Behandlungsserie "
     "umfasst sechs Infusionen über drei Wochen.", "de"),
    (SPELLED, "Die Wirkung lässt meist innerhalb von 2 Stunden nach; eine Behandlungsserie "
     "umfasst 6 Infusionen über 3 Wochen.", "de"),
    (SPELLED, "Os efeitos costumam desaparecer em duas horas; um ciclo consiste em seis "
     "infusões ao longo de três semanas.", "pt_BR"),
    (SPELLED, "عادةً ما تزول التأثيرات في غضون ساعتين؛ ويتكون العلاج من ست حقن على مدى ثلاثة "
     "أسابيع.", "ar"),
    (SPELLED, "效果通常在两小时内消退；一个疗程为三周内输注六次。", "zh_CN"),
    # What doses are counted in is counted too, though it is no unit.
    (DOSES, "Tome dos comprimidos por la noche; si es necesario, pueden darse tres dosis más.",
     "es"),
    (DOSES, "Prenez deux comprimés le soir ; si besoin, trois doses de plus peuvent être "
     "données.", "fr"),
    (DOSES, "Nehmen Sie abends zwei Tabletten ein; bei Bedarf können drei weitere Dosen gegeben "
     "werden.", "de"),
    (DOSES, "Tome dois comprimidos à noite; se necessário, mais três doses podem ser dadas.",
     "pt_BR"),
    (DOSES, "تناول قرصين ليلًا؛ ويمكن إعطاء ثلاث جرعات إضافية عند الحاجة.", "ar"),
    (DOSES, "晚上服用两片；如有需要，可再给予三剂。", "zh_CN"),
    (DOSES, "Take 2 tablets at night; if needed, 3 more doses may be given.", "fr"),
    ("Pick one of the two drop-down lists.", "Choisissez l'une des listes déroulantes.", "fr"),
    # No words of Russian are read, so its words cannot be asked for.
    (SPELLED, "Эффект обычно проходит в течение двух часов; курс — шесть инфузий за три недели.",
     "ru"),
    # Without a unit, a number word is no quantity to keep ("both drugs").
    ("The two drugs interact.", "Beide Medikamente wirken zusammen.", "de"),
    ("Only one of two patients responds.", "Seul un patient sur deux répond.", "fr"),
    ("A two-week course.", "Eine zweiwöchige Behandlung.", "de"),
    # A proportion of a thousand keeps its 1 as an article right before its N.
    (CLOT, "Etwa eine von 1.000 Frauen, die die Pille anwenden, entwickelt pro Jahr ein "
     "Blutgerinnsel.", "de"),
    (CLOT, "Environ une femme sur 1 000 prenant la pilule développera un caillot chaque année.",
     "fr"),
    (CLOT, "Alrededor de una de cada 1.000 mujeres que toman la píldora desarrollará un coágulo "
     "cada año.", "es"),
    # Arabic duals of who is counted, tens in words.
    ("Without the pill, about 2 in 10,000 women develop one.",
     "أما من دون حبوب منع الحمل، فتُصاب بها امرأتان تقريبًا من كل 10000 امرأة.", "ar"),
    ("You can take the pill until you are 50.", "يمكنكِ تناول حبوب منع الحمل حتى سن الخمسين.",
     "ar"),
    # "jedem 30. Kind", every 30th child, is 1 in 30; "rund um die Uhr" is 24 hours a
    # day; "beiden Dosen" are the two doses.
    ("Febrile seizures affect about 1 in 30 children.",
     "Fieberkrämpfe treten bei etwa jedem 30. Kind auf.", "de"),
    ("The ward can be contacted 24 hours a day.", "Die Station ist rund um die Uhr erreichbar.",
     "de"),
    ("The two doses must be given at least 1 month apart.",
     "Zwischen den beiden Dosen muss ein Abstand von mindestens einem Monat liegen.", "de"),
    # "1 in a million": its million in digits is the source's, its 1 an article or "once".
    (MILLION, "Les réactions allergiques graves sont très rares : moins d'un cas pour un "
     "million de doses.", "fr"),
    (MILLION, "Schwere allergische Reaktionen sind sehr selten: Sie treten seltener als einmal "
     "pro Million Impfdosen auf.", "de"),
    (MILLION, "严重过敏反应非常罕见：每100万剂次中不到1例。", "zh_CN"),
    # Digits inside a name the translation adds are no number of its own; Arabic duals.
    ("A level above 58 mmol/mol increases the risk.", "HbA1c高于58 mmol/mol会增加风险。",
     "zh_CN"),
    ("Always carry 2 auto-injectors with you.", "احمل معك دائمًا حاقنين ذاتيين.", "ar"),
    ("Eat a sandwich or 2 biscuits.", "تناول شطيرة أو قطعتين من البسكويت.", "ar"),
    # "jede achte Frau" is 1 in 8; "two mugs", "two portions" as Arabic duals; "at any
    # one time" says no 1; a time "before or after" may be said on each side.
    ("About 1 in 8 women have depression during pregnancy.",
     "Etwa jede achte Frau hat während der Schwangerschaft eine Depression.", "de"),
    ("Eat no more than 2 portions of oily fish a week.",
     "لا تأكلي أكثر من حصتين من الأسماك الدهنية في الأسبوع.", "ar"),
    ("Do not take more than 2 at any one time.", "Ne pas en prendre plus de 2 à la fois.", "fr"),
    # Arabic duals with their marks ("بخّتين"), of floors; an article further before its N.
    ("Use 1 or 2 puffs of the spray under your tongue.", "رُشّ بخّة أو بخّتين من البخاخ تحت لسانك.",
     "ar"),
    ("You can climb 2 flights of stairs.", "تستطيع صعود طابقين من الدرج.", "ar"),
    ("About 1 in 5 people over 75 have heart failure.",
     "Environ une personne de plus de 75 ans sur cinq souffre d'insuffisance cardiaque.", "fr"),
    # "2 in 3" as two thirds.
    (TWO_IN_THREE, "Deux tiers de ces décès pourraient être évités.", "fr"),
    (TWO_IN_THREE, "Zwei Drittel dieser Todesfälle könnten verhindert werden.", "de"),
    (TWO_IN_THREE, "وكان من الممكن تفادي ثلثي هذه الوفيات.", "ar"),
    # "al menos de 6 a 8" is at least 6 to 8.
    ("Offer drinks often, at least 6 to 8 cups a day.",
     "Ofrézcale bebida a menudo: al menos de 6 a 8 tazas al día.", "es"),
    # "One in 2" as "jede zweite"; "a man of every 5 men" says the 1 of "1 in 5"; "bis zum
    # Siebenfachen" for "up to 7 times"; "a portion" holds a 1 ("1份").
    ("One in 2 women and 1 in 5 men over 50 will break a bone.",
     "Jede zweite Frau und jeder fünfte Mann über 50 erleidet einen Knochenbruch.", "de"),
    ("1 in 5 men will break a bone.", "سيتعرض رجل من كل 5 رجال لكسر في العظام.", "ar"),
    ("Being overweight increases the risk by up to 7 times.",
     "Übergewicht erhöht das Risiko auf bis zum Siebenfachen.", "de"),
    ("A portion is 80 g, about a handful.", "1份为80克，大约一把的量。", "zh_CN"),
    # "那1片" is "that one tablet", no quantity.
    ("If you are late, take the last missed pill, even if this means taking two pills on the "
     "same day.", "如果漏服，请补服最后漏服的那1片，即使这意味着同一天要服用2片。", "zh_CN"),
    # Arabic says an hour and a type with an ordinal: 2 p.m. is "the second hour".
    ("Avoid coffee after 2 p.m.", "تجنّب شرب القهوة بعد الساعة الثانية بعد الظهر.", "ar"),
    ("Take it at 12 noon.", "تناوله عند الساعة الثانية عشرة ظهرًا.", "ar"),
    ("Shift workers are more likely to develop type 2 diabetes.",
     "العاملون بنظام المناوبات أكثر عرضة للإصابة بالسكري من النوع الثاني.", "ar"),
    ("Sleep is lighter in the second half of the night.",
     "يكون النوم أخف في النصف الثاني من الليل.", "ar"),
]  # fmt: skip
SPELLED_BAD = [
    (SPELLED, "Los efectos suelen desaparecer en tres horas; un ciclo consta de seis infusiones "
     "a lo largo de tres semanas.", "es"),
    (SPELLED, "Les effets disparaissent généralement en quelques heures ; une cure comprend six "
     "perfusions sur trois semaines.", "fr"),
    (SPELLED, "Die Wirkung lässt meist innerhalb von zwei Tagen nach; eine Behandlungsserie "
     "umfasst sechs Infusionen über drei Wochen.", "de"),
    (SPELLED, "Os efeitos costumam desaparecer em duas horas; um ciclo consiste em seis "
     "infusões ao longo de quatro semanas.", "pt_BR"),
    (SPELLED, "عادةً ما تزول التأثيرات في غضون ثلاث ساعات؛ ويتكون العلاج من ست حقن على مدى "
     "ثلاثة أسابيع.", "ar"),
    (SPELLED, "效果通常在三小时内消退；一个疗程为三周内输注六次。", "zh_CN"),
    (SPELLED, "Die Wirkung lässt meist innerhalb von 3 Stunden nach; eine Behandlungsserie "
     "umfasst 6 Infusionen über 3 Wochen.", "de"),
]  # fmt: skip

# How often is a number too: "twice a day" is "2 times a day", "dreimal täglich" 3 times.
FREQUENCY = "Take 5 mg twice a day, or three times a day if needed; the spray is used once weekly."
FREQUENCY_GOOD = [
    (FREQUENCY, "Prenez 5 mg deux fois par jour, ou trois fois par jour si nécessaire ; le spray "
     "s'utilise une fois par semaine.", "fr"),
    (FREQUENCY, "Prenez 5 mg 2 fois par jour, ou 3 fois par jour si nécessaire ; le spray "
     "s'utilise 1 fois par semaine.", "fr"),
    (FREQUENCY, "Nehmen Sie zweimal täglich 5 mg, bei Bedarf dreimal täglich; das Spray wird "
     "einmal wöchentlich angewendet.", "de"),
    (FREQUENCY, "Nehmen Sie 5 mg zweimal am Tag, bei Bedarf 3-mal am Tag; das Spray wird einmal "
     "pro Woche angewendet.", "de"),
    (FREQUENCY, "Tome 5 mg dos veces al día, o tres veces al día si es necesario; el aerosol se "
     "usa una vez por semana.", "es"),
    (FREQUENCY, "Tome 5 mg duas vezes ao dia, ou três vezes ao dia se necessário; o spray é "
     "usado uma vez por semana.", "pt_BR"),
    (FREQUENCY, "تناول 5 ملغ مرتين يوميًا، أو ثلاث مرات يوميًا عند الحاجة؛ ويُستخدم البخاخ مرة "
     "واحدة أسبوعيًا.", "ar"),
    (FREQUENCY, "每次5 mg，每日两次，必要时每日三次；喷雾剂每周使用一次。", "zh_CN"),
    # Japanese and Korean put the rate first: 1日2回 is "a day, twice".
    (FREQUENCY, "5 mgを1日2回、必要に応じて1日3回服用し、スプレーは週1回使用します。", "ja"),
    (FREQUENCY, "5 mg를 1일 2회, 필요 시 1일 3회 복용하고, 스프레이는 주 1회 사용합니다.", "ko"),
    ("Take 10 mg a day for 2 weeks.", "2週間、1日10 mgを服用してください。", "ja"),
    ("Take it thrice daily.", "Prenez-le trois fois par jour.", "fr"),
    # Without a rate, "twice" and "once" say no dose.
    ("Ketamine is twice as likely to help.", "Ketamin hilft doppelt so wahrscheinlich.", "de"),
    ("Once treatment ends, wait a day.", "Une fois le traitement terminé, attendez un jour.",
     "fr"),
]  # fmt: skip
FREQUENCY_BAD = [
    (FREQUENCY, "Prenez 5 mg une fois par jour, ou trois fois par jour si nécessaire ; le spray "
     "s'utilise une fois par semaine.", "fr"),
    (FREQUENCY, "Nehmen Sie zweimal täglich 5 mg, bei Bedarf zweimal täglich; das Spray wird "
     "einmal wöchentlich angewendet.", "de"),
    (FREQUENCY, "Tome 5 mg dos veces por semana, o tres veces al día si es necesario; el aerosol "
     "se usa una vez por semana.", "es"),
    (FREQUENCY, "Tome 5 mg duas vezes ao dia, ou três vezes ao dia se necessário; o spray é "
     "usado duas vezes por semana.", "pt_BR"),
    (FREQUENCY, "تناول 5 ملغ مرة واحدة يوميًا، أو ثلاث مرات يوميًا عند الحاجة؛ ويُستخدم البخاخ "
     "مرة واحدة أسبوعيًا.", "ar"),
    (FREQUENCY, "每次5 mg，每日一次，必要时每日三次；喷雾剂每周使用一次。", "zh_CN"),
    (FREQUENCY, "5 mgを1日1回、必要に応じて1日3回服用し、スプレーは週1回使用します。", "ja"),
    # The one of a rate is no dose: 1日 before a word, not a number, is "one day".
    ("Take 10 mg a day.", "1日10 mgを1日服用してください。", "ja"),
    ("Take it thrice daily.", "Prenez-le deux fois par jour.", "fr"),
    # "once" as a word stands for the source's "once", not for a 1 written in digits.
    ("Take 1 tablet.", "Prenez le comprimé une fois.", "fr"),
]  # fmt: skip

# Dates and hours: months and weekdays may become digits, 8 p.m. may become 20:00.
CALENDAR_GOOD = [
    ("Updated March 2024.", "2024年3月更新。", "zh_CN"),
    ("Updated March 2024.", "Actualizado en marzo de 2024.", "es"),
    ("Take it at 8 p.m.", "Nehmen Sie es um 20 Uhr ein.", "de"),
    ("Take it at 8 p.m.", "Prenez-le à 20 h.", "fr"),
    ("Take it at 8 a.m.", "Tome-o às 08:00.", "pt_BR"),
    ("Take it at 6:30 p.m.", "تناوله في الساعة 18:30.", "ar"),
    ("The clinic closes at noon on Friday.", "诊所周五12:00关门。", "zh_CN"),
]
CALENDAR_BAD = [
    ("Updated March 2024.", "2024年4月更新。", "zh_CN"),
    ("Take it at 8 p.m.", "Nehmen Sie es um 21 Uhr ein.", "de"),
    ("Take it at 8 a.m.", "Tome-o às 09:00.", "pt_BR"),
    ("Take it at 6:30 p.m.", "تناوله في الساعة 18:45.", "ar"),
    # "may" the verb is no month.
    ("You may take 2 tablets.", "Puede tomar 5 comprimidos.", "es"),
]

PER_KG = "Give 0.5 mg per kg of body weight, at most 25 mg a day."
PER_DAY = "Take 5 mg a day, or 10 mg/day if needed; children get 100 mg/m²."
UNITS_GOOD += [
    (
        PER_KG,
        "Administre 0,5 mg por kilogramo de peso corporal, como máximo 25 mg al día.",
        "es",
    ),
    (PER_KG, "Administrez 0,5 mg/kg de poids corporel, au maximum 25 mg par jour.", "fr"),
    (PER_KG, "Geben Sie 0,5 mg pro Kilogramm Körpergewicht, höchstens 25 mg täglich.", "de"),
    (PER_KG, "Administre 0,5 mg por quilo de peso corporal, no máximo 25 mg por dia.", "pt_BR"),
    (PER_KG, "أعطِ 0.5 ملغ لكل كيلوغرام من وزن الجسم، وبحد أقصى 25 ملغ يوميًا.", "ar"),
    # Chinese names the weight before the number.
    (PER_KG, "按每千克体重0.5毫克给药，每天最多25毫克。", "zh_CN"),
    (
        PER_DAY,
        "Tome 5 mg al día, o 10 mg/día si es necesario; los niños reciben 100 mg/m².",
        "es",
    ),
    (
        PER_DAY,
        "Prenez 5 mg par jour, ou 10 mg/jour si nécessaire ; les enfants reçoivent 100 mg/m².",
        "fr",
    ),
    (
        PER_DAY,
        "Nehmen Sie täglich 5 mg, bei Bedarf 10 mg/Tag; Kinder erhalten 100 mg/m².",
        "de",
    ),
    (
        PER_DAY,
        "Tome 5 mg por dia, ou 10 mg/dia se necessário; crianças recebem 100 mg/m².",
        "pt_BR",
    ),
    (
        PER_DAY,
        "تناول 5 ملغ يوميًا، أو 10 ملغ/يوم عند الحاجة؛ ويحصل الأطفال على 100 ملغ/م².".replace(
            "م²", "m²"
        ),
        "ar",
    ),
    (PER_DAY, "每天服用5毫克，必要时每天10毫克；儿童用100毫克/平方米。", "zh_CN"),
    ("Infuse 0.1 mg/kg/h.", "Mit 0,1 mg/kg/h infundieren.", "de"),
    # A raised 2 is a 2: "m2" is how a keyboard writes "m²".
    ("Give 100 mg/m2 on day 1.", "Administrez 100 mg/m² le jour 1.", "fr"),
    ("Give 100 mg/m² on day 1.", "Geben Sie am Tag 1 100 mg/m2.", "de"),
    ("Water (H2O) and oxygen (O2).", "El agua (H₂O) y el oxígeno (O₂).", "es"),
    ("A 10 m2 room.", "Ein Raum von 10 Quadratmetern.", "de"),
]
UNITS_BAD += [
    # The weight lost: a dose for the whole body instead of each kilogram of it.
    (PER_KG, "Administre 0,5 mg, como máximo 25 mg al día.", "es"),
    (PER_KG, "Administrez 0,5 mg/ml, au maximum 25 mg par jour.", "fr"),
    (PER_KG, "按0.5毫克给药，每天最多25毫克。", "zh_CN"),
    # Another time, or a weight the source does not have.
    (PER_DAY.replace("10 mg/day", "10 mg"), "Nehmen Sie 5 mg pro Woche, bei Bedarf 10 mg; "
     "Kinder erhalten 100 mg/m².", "de"),
    (PER_DAY, "Tome 5 mg por dia, ou 10 mg/semana se necessário; crianças recebem 100 mg/m².",
     "pt_BR"),
    (PER_DAY, "تناول 5 ملغ لكل أسبوع، أو 10 ملغ/يوم عند الحاجة؛ ويحصل الأطفال على 100 ملغ/m².",
     "ar"),
    ("Dissolve 5 mg in 5 ml of water.", "In 5 ml Wasser 5 g auflösen.", "de"),
    ("Take 10 mg/day.", "每小时10 mg。", "zh_CN"),
    ("Take 10 mg a day.", "每周服用10 mg。", "zh_CN"),
    ("Take 10 mg/d.", "Prenez 10 mg/h.", "fr"),
    ("Take 10 mg a week.", "1日10 mgを服用してください。", "ja"),
    ("Take 10 mg/day.", "毎週10 mgを服用してください。", "ja"),
    ("Take 10 mg a week.", "1일 10 mg를 복용하십시오.", "ko"),
    ("Take 10 mg/day.", "매주 10 mg를 복용하십시오.", "ko"),
    ("Wait 2 hours, then give 10 mg.", "2日間待ってから、10 mgを投与します。", "ja"),
    ("Wait 2 hours, then give 10 mg.", "2시간 기다린 후 10 g를 투여합니다.", "ko"),
    ("Give 10 mg over 3 weeks.", "3か月かけて10 mgを投与します。", "ja"),
    ("Take 10 mg/d.", "Tome 10 mg/h.", "es"),
    ("Take 10 mg/day.", "Prenez 10 mg/sem.", "fr"),
    ("Give 10 mg/d.", "أعطِ 10 ملغ/ساعة.", "ar"),
    ("Give 10 mg.", "Administre 10 mg/kg.", "pt_BR"),
    # Per millilitre is not per kilogram, whatever else weighs 70 kg.
    ("Give 0.5 mg/kg to a 70 kg adult.", "Administrez 0,5 mg/ml à un adulte de 70 kg.", "fr"),
    ("Infuse 0.1 mg/kg/h.", "Mit 0,1 mg/h infundieren.", "de"),
    ("Give 100 mg/m2 on day 1.", "Administrez 100 mg/kg le jour 1.", "fr"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("source", "translation", "language"),
    GOOD + UNITS_GOOD + SPELLED_GOOD + FREQUENCY_GOOD + CALENDAR_GOOD,
)
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


@pytest.mark.parametrize(
    ("source", "translation", "language"),
    BAD + UNITS_BAD + SPELLED_BAD + FREQUENCY_BAD + CALENDAR_BAD,
)
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


def test_a_changed_unit_is_named_as_both_texts_write_it():
    found = messages(
        NumberMismatch, "Take 10–15 mg every 8 hours.", "Prenez 10 à 15 g toutes les 8 jours.", "fr"
    )
    assert found == [
        "the source's 10 mg has another unit in the translation: 10 g",
        "the source's 15 mg has another unit in the translation: 15 g",
        "the source's 8 hours has another unit in the translation: 8 jours",
    ]


@pytest.mark.parametrize(
    ("translation", "language", "expected"),
    [
        (
            "Injecter en 30 minutes si la pression artérielle est de 140 mmHg, la kaliémie de "
            "5 mmol/l et la température de 38 °C.",
            "fr",
            "the source's 30 seconds has another unit in the translation: 30 minutes",
        ),
        (
            "Inyecte en 30 segundos si la presión arterial es de 140 mg, el potasio de 5 mmol/L y "
            "la temperatura de 38 °C.",
            "es",
            "the source's 140 mmHg has another unit in the translation: 140 mg",
        ),
        (
            "Über 30 Sekunden injizieren, wenn der Blutdruck 140 mmHg, das Kalium 5 mg/l und die "
            "Temperatur 38 °C beträgt.",
            "de",
            "the source's 5 mmol/L has another unit in the translation: 5 mg/l",
        ),
        (
            "Injete em 30 segundos se a pressão arterial for de 140 mmHg, o potássio de 5 mmol/L "
            "e a temperatura de 38 °F.",
            "pt_BR",
            "the source's 38 °C has another unit in the translation: 38 °F",
        ),
        (
            "يُحقن على مدى 30 دقيقة إذا كان ضغط الدم 140 ملم زئبق والبوتاسيوم 5 مليمول/لتر ودرجة "
            "الحرارة 38 درجة مئوية.",
            "ar",
            "the source's 30 seconds has another unit in the translation: 30 دقيقة",
        ),
        (
            "如果血压为140毫米汞柱、血钾为5 mmol/L、体温为38℃，则在30分钟内注射。",
            "zh_CN",
            "the source's 30 seconds has another unit in the translation: 30 分钟",
        ),
    ],
)
def test_seconds_pressure_moles_and_temperatures_are_compared(translation, language, expected):
    assert messages(NumberMismatch, VITALS, translation, language) == [expected]


ANOTHER_UNIT = "the source's {} has another unit in the translation: {}"
ONE_TABLET = "Take one tablet, then wait 1 hour."
HALF = "Take half a tablet."
HALF_MISSING = 'the source\'s "half a tablet" (0.5) is missing in the translation'
HALF_SIGNS = "Take 1/2 tablet."
TWO_DOSES = "Missing one dose is not dangerous; do not take two doses to make up for it."
HALF_SIGNS_MISSING = 'the source\'s "1/2 tablet" (0.5) is missing in the translation'
ONE_MISSING = 'the source\'s "one" (1) is missing in the translation'
ADDED = 'the translation has "{}" (2), which is not in the source'
#: A word for one that is also an article says 1 before what it counts: "une heure", "un
#: comprimé", "eine Tablette"; "one" says it before a unit or a dose, not as a pronoun.
ONE_GOOD = [
    (ONE_TABLET, "Prenez un comprimé, puis attendez une heure.", "fr"),
    (ONE_TABLET, "Tome un comprimido y espere una hora.", "es"),
    (ONE_TABLET, "Nehmen Sie eine Tablette ein und warten Sie dann eine Stunde.", "de"),
    (ONE_TABLET, "Tome um comprimido e aguarde uma hora.", "pt_BR"),
    (ONE_TABLET, "تناول قرصًا واحدًا، ثم انتظر ساعة واحدة.", "ar"),
    (ONE_TABLET, "服用一片，然后等待1小时。", "zh_CN"),
    ("Use one drop in each eye.", "Mettez une goutte dans chaque œil.", "fr"),
    ("One day you will feel better.", "Un jour, vous vous sentirez mieux.", "fr"),
    # A bound of an age says who, whatever negation stands before it.
    ("Children under 6 must not take it.", "يجب ألا يتناوله الأطفال دون سن 6 سنوات.", "ar"),
    ("Do not give it to children younger than 6.", "No lo administre a menores de 6 años.", "es"),
    # Half a dose, in words, signs or digits.
    (HALF, "Prenez un demi-comprimé.", "fr"),
    (HALF, "Prenez ½ comprimé.", "fr"),
    (HALF, "Prenez 0,5 comprimé.", "fr"),
    (HALF, "Tome medio comprimido.", "es"),
    (HALF, "Nehmen Sie eine halbe Tablette ein.", "de"),
    (HALF, "Tome meio comprimido.", "pt_BR"),
    (HALF, "تناول نصف قرص.", "ar"),
    (HALF, "ابدأ بنصف قرص.", "ar"),
    (HALF, "服用半片。", "zh_CN"),
    ("Wait half an hour.", "Attendez 30 minutes.", "fr"),
    # Half a dose in signs is one half, not a 1 and a 2.
    (HALF_SIGNS, "Prenez un demi-comprimé.", "fr"),
    (HALF_SIGNS, "Prenez 0,5 comprimé.", "fr"),
    (HALF_SIGNS, "Tome medio comprimido.", "es"),
    (HALF_SIGNS, "Tome meio comprimido.", "pt_BR"),
    (HALF_SIGNS, "تناول نصف قرص.", "ar"),
    (HALF_SIGNS, "服用半片。", "zh_CN"),
    ("Take 1/2 tablet twice a day.", "Nehmen Sie zweimal täglich eine halbe Tablette ein.", "de"),
    ("Take ½ tablet.", "Take 1/2 tablet.", "ko"),
    # A number said twice says "every": "de 8 em 8 horas", every 8 hours.
    ("Take 1 tablet every 8 hours.", "Tome 1 comprimido de 8 em 8 horas.", "pt_BR"),
    ("Take 1 tablet every 8 hours.", "Tome 1 comprimido de 8 en 8 horas.", "es"),
    ("The ward can be contacted 24 hours a day.", "Le service est joignable 24 h/24.", "fr"),
    (
        "Do not take indigestion remedies 2 hours before or after you take this medicine.",
        "No tomar medicamentos para la indigestión en las 2 horas anteriores ni en las 2 horas "
        "posteriores a la toma de este medicamento.",
        "es",
    ),
    # "1 milhão" is the source's "a million" ("a cada milhão" says it too).
    (
        MILLION,
        "Reações alérgicas graves são muito raras: menos de 1 caso a cada 1 milhão de doses.",
        "pt_BR",
    ),
    (
        "The dose may be increased in steps of 10 mg, up to a maximum of 60 mg a day.",
        "La dosis puede aumentarse de 10 mg en 10 mg, hasta un máximo de 60 mg al día.",
        "es",
    ),
    # "both" says two: "les deux comprimés".
    ("Take both tablets together.", "Prenez les deux comprimés ensemble.", "fr"),
    ("Neither dose should be skipped.", "Aucune des deux doses ne doit être omise.", "fr"),
    # A Chinese fraction says its two numbers: one in ten thousand.
    ("It affects up to 1 in 10,000 people.", "可能影响多达万分之一的人。", "zh_CN"),
    # An Arabic singular says one, as its dual says two.
    ("Take it once a day for one week.", "تناوله مرة واحدة يوميًا لمدة أسبوع.", "ar"),
    ("Wait one hour.", "انتظر ساعة.", "ar"),
    # "每次", each time, says one dose; "两" of "两臂" counts no dose.
    ("Use the syringe: 5 ml is one dose.", "请使用注射器量取：每次用量为5毫升。", "zh_CN"),
    ("Apply it to both arms.", "涂抹于两臂。", "zh_CN"),
    (
        "Take one tablet twice a day, in the morning and in the evening.",
        "每日2次，每次1片，早晚各服1次。",
        "zh_CN",
    ),
    ("Take 2 tablets 3 times a day.", "每日3次，每次2片。", "zh_CN"),
    ("Take 2 tablets.", "Prenez 2 gélules.", "fr"),
    # "Two doses to make up for it" is the template's "double dose"; "einzelne" says one.
    (TWO_DOSES, "Oublier une dose n'est pas dangereux ; ne prenez pas de dose double.", "fr"),
    (TWO_DOSES, "Olvidar una dosis no es peligroso; no tome una dosis doble.", "es"),
    (TWO_DOSES, "Esquecer uma dose não é perigoso; não tome a dose em dobro.", "pt_BR"),
    (TWO_DOSES, "漏服1次并无危险；请勿服用双倍剂量以弥补漏服的剂量。", "zh_CN"),
    (
        TWO_DOSES,
        "Eine einzelne vergessene Dosis ist nicht gefährlich; nehmen Sie nicht die "
        "doppelte Menge ein.",
        "de",
    ),
    # Arabic duals of units: two units, two litres.
    (
        "Your doctor may increase the dose by 2 units every 3 days.",
        "قد يزيد طبيبك الجرعة بمقدار وحدتين كل 3 أيام.",
        "ar",
    ),
    ("Drink at least 2 litres of water a day.", "اشرب لترين من الماء على الأقل يوميًا.", "ar"),
    # "every 4 hours" is once every 4 hours: "每4小时1次".
    ("Give it every 4 to 6 hours.", "每4～6小时给药1次。", "zh_CN"),
    (
        "People over 65 should get a booster every year.",
        "年龄超过65岁者应每年接种1次加强针。",
        "zh_CN",
    ),
]
ONE_BAD = [
    (HALF, "ابدأ بقرص.", "ar", HALF_MISSING),
    ("Febrile seizures affect about 1 in 30 children.",
     "Fieberkrämpfe treten bei etwa jedem 20. Kind auf.", "de",
     "the source's number 1 is missing in the translation",
     "the source's number 30 is missing in the translation",
     "the translation has the number 20, which is not in the source"),
    ("The ward can be contacted 12 hours a day.", "Die Station ist rund um die Uhr erreichbar.",
     "de", "the source's number 12 is missing in the translation"),
    # A name's digits in the source are kept: "HbA2c" is not "HbA1c".
    ("An HbA1c below 7% is the goal.", "L'objectif est une HbA2c inférieure à 7 %.", "fr",
     "the source's number 1 is missing in the translation"),
    (MILLION, "Les réactions allergiques graves sont très rares : moins de deux cas pour un "
     "million de doses.", "fr", "the source's number 1 is missing in the translation"),
    (MILLION, "严重过敏反应非常罕见：每100万剂次中不到2例。", "zh_CN",
     "the source's number 1 is missing in the translation",
     "the translation has the number 2, which is not in the source"),
    ("Do not take indigestion remedies 2 hours before or after this medicine.",
     "No tomar medicamentos para la indigestión en las 2 horas anteriores ni en las 3 horas "
     "posteriores.", "es", "the translation has the number 3, which is not in the source"),
    (TWO_IN_THREE, "Un tiers de ces décès pourraient être évités.", "fr",
     "the source's number 2 is missing in the translation",
     "the source's number 3 is missing in the translation"),
    # A proportion's 1 is an article right before its N, not one elsewhere.
    (CLOT, "Etwa zwei von 1.000 Frauen, die die Pille anwenden, entwickeln pro Jahr ein "
     "Blutgerinnsel.", "de", "the source's number 1 is missing in the translation"),
    ("The dose may be increased in steps of 10 mg.", "La dosis puede aumentarse de 20 mg en 20 "
     "mg.", "es", "the source's number 10 is missing in the translation",
     "the translation has the number 20, which is not in the source"),
    (ONE_TABLET, "Prenez deux comprimés, puis attendez une heure.", "fr",
     ONE_MISSING, ADDED.format("deux comprimés")),
    (ONE_TABLET, "Tome dos comprimidos y espere una hora.", "es",
     ONE_MISSING, ADDED.format("dos comprimidos")),
    (ONE_TABLET, "Nehmen Sie zwei Tabletten ein und warten Sie dann eine Stunde.", "de",
     ONE_MISSING, ADDED.format("zwei Tabletten")),
    (ONE_TABLET, "تناول قرصين، ثم انتظر ساعة واحدة.", "ar", ONE_MISSING),
    (ONE_TABLET, "服用两片，然后等待1小时。", "zh_CN", ONE_MISSING, ADDED.format("两片")),
    ("Take the tablets with water.", "用水送服两片。", "zh_CN", ADDED.format("两片")),
    ("Take one tablet.", "每次服用两片。", "zh_CN", ADDED.format("两片")),
    # A count of doses is counted in doses: the 1 of "1次" (once) is not "one tablet".
    ("Take one tablet twice a day, in the morning and in the evening.",
     "每日2次，每次2片，早晚各服1次。", "zh_CN",
     "the source's one tablet has another unit in the translation: 次"),
    ("Take 2 tablets.", "Tome 2 veces.", "es", ANOTHER_UNIT.format("2 tablets", "2 veces")),
    (TWO_DOSES, "Oublier une dose n'est pas dangereux ; ne prenez pas de dose triple.", "fr",
     'the source\'s "two" (2) is missing in the translation'),
    (ONE_TABLET, "Prenez un comprimé, puis attendez un mois.", "fr",
     ANOTHER_UNIT.format("1 hour", "1 mois")),
    ("Take the tablets with water.", "Nehmen Sie zwei Tabletten mit Wasser ein.", "de",
     ADDED.format("zwei Tabletten")),
    (HALF, "Prenez un comprimé.", "fr", HALF_MISSING),
    (HALF, "تناول قرصًا واحدًا.", "ar", HALF_MISSING),
    (HALF, "服用1片。", "zh_CN", HALF_MISSING,
     "the translation has the number 1, which is not in the source"),
    ("Take ½ tablet twice a day.", "Prenez un comprimé deux fois par jour.", "fr",
     'the source\'s "½ tablet" (0.5) is missing in the translation'),
    (HALF_SIGNS, "Prenez un comprimé.", "fr", HALF_SIGNS_MISSING),
    (HALF_SIGNS, "Tome 2 comprimidos.", "es", HALF_SIGNS_MISSING,
     "the translation has the number 2, which is not in the source"),
    (HALF_SIGNS, "服用1片。", "zh_CN", HALF_SIGNS_MISSING,
     "the translation has the number 1, which is not in the source"),
    (HALF_SIGNS, "1 또는 2정을 복용하십시오.", "ko", HALF_SIGNS_MISSING,
     "the translation has the number 1, which is not in the source",
     "the translation has the number 2, which is not in the source"),
    ("Take 1 tablet every 6 hours.", "Tome 1 comprimido de 8 em 8 horas.", "pt_BR",
     "the source's number 6 is missing in the translation",
     "the translation has the number 8, which is not in the source"),
    ("Children under 6 must not take it.", "يجب ألا يتناوله الأطفال فوق سن 6 سنوات.", "ar",
     'the source\'s "under 6" became "فوق سن 6" in the translation, a bound turned the other way'),
    ("Do not give it to children younger than 6.", "No lo administre a mayores de 6 años.", "es",
     'the source\'s "younger than 6" became "mayores de 6" in the translation, a bound turned the '
     "other way"),
    ("For children under 6, ask a doctor.", "للأطفال فوق 6 سنوات، استشر الطبيب.", "ar",
     'the source\'s "under 6" became "فوق 6" in the translation, a bound turned the other way'),
]  # fmt: skip


INSULIN = "Inject 10 units of insulin."
SPOON = "Take 1 teaspoon 3 times a day."
#: Units of insulin are international units, however a language names them; a teaspoon
#: (5 ml) is not a tablespoon (15 ml), a pound not a kilogram.
HOUSEHOLD_GOOD = [
    (INSULIN, "Injectez 10 UI d'insuline.", "fr"),
    (INSULIN, "Inyecte 10 unidades de insulina.", "es"),
    (INSULIN, "Injizieren Sie 10 Einheiten Insulin.", "de"),
    (INSULIN, "Aplique 10 UI de insulina.", "pt_BR"),
    (INSULIN, "احقن 10 وحدات من الأنسولين.", "ar"),
    (INSULIN, "注射10单位胰岛素。", "zh_CN"),
    ("Take 400 IU of vitamin D daily.", "Prenez 400 unités de vitamine D par jour.", "fr"),
    (SPOON, "Tome 1 cucharadita 3 veces al día.", "es"),
    (SPOON, "Nehmen Sie 3-mal täglich 1 Teelöffel ein.", "de"),
    (SPOON, "每日3次，每次1茶匙。", "zh_CN"),
    ("Take 1 tablespoon.", "Tome 1 colher de sopa.", "pt_BR"),
    ("He weighs 150 pounds.", "Il pèse 150 livres.", "fr"),
]
HOUSEHOLD_BAD = [
    (INSULIN, "Injectez 10 mg d'insuline.", "fr", ANOTHER_UNIT.format("10 units", "10 mg")),
    (INSULIN, "注射10毫克胰岛素。", "zh_CN", ANOTHER_UNIT.format("10 units", "10 毫克")),
    (SPOON, "Prenez 1 cuillère à soupe 3 fois par jour.", "fr",
     ANOTHER_UNIT.format("1 teaspoon", "1 cuillère à soupe")),
    (SPOON, "تناول 1 ملعقة كبيرة 3 مرات يوميا.", "ar",
     ANOTHER_UNIT.format("1 teaspoon", "1 ملعقة كبيرة")),
    ("Take 1 tablespoon.", "Tome 1 colher de chá.", "pt_BR",
     ANOTHER_UNIT.format("1 tablespoon", "1 colher de chá")),
    ("He weighs 150 lb.", "Er wiegt 150 kg.", "de", ANOTHER_UNIT.format("150 lb", "150 kg")),
    ("Increase the dose by 2 units.", "زد الجرعة بمقدار لترين.", "ar",
     ANOTHER_UNIT.format("2 units", "2 لترين")),
]  # fmt: skip


@pytest.mark.parametrize(("source", "translation", "language"), ONE_GOOD + HOUSEHOLD_GOOD)
def test_one_and_household_measures_kept_pass(source, translation, language):
    assert not fails(NumberMismatch, source, translation, language)


@pytest.mark.parametrize(
    ("source", "translation", "language", "expected"),
    [(source, translation, language, found) for source, translation, language, *found in
     ONE_BAD + HOUSEHOLD_BAD],
)  # fmt: skip
def test_one_and_household_measures_changed_fail(source, translation, language, expected):
    """Each message, in order: a count of doses changed is named on both sides."""
    assert messages(NumberMismatch, source, translation, language) == expected


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        # A particle joined to a dual does not hide its unit: "and two weeks".
        (
            "Wait 2 days, then 2 hours.",
            "انتظر يومين وأسبوعين.",
            "the source's 2 hours has another unit in the translation: 2 أسبوعين",
        ),
        # A word of two letters takes no particle: "لست" is "you are not", not "for six".
        (
            "Take 6 tablets.",
            "لست بحاجة إلى الأقراص.",
            "the source's number 6 is missing in the translation",
        ),
        ("Take 3 tablets.", "تناول قرصين.", "the source's number 3 is missing in the translation"),
        # The longest ordinal is read: "the twelfth hour" is no 2 p.m.
        (
            "Take it at 2 p.m.",
            "تناوله عند الساعة الثانية عشرة ظهرًا.",
            "the source's number 2 is missing in the translation",
        ),
        (
            "They are more likely to develop type 3 diabetes.",
            "هم أكثر عرضة للإصابة بالسكري من النوع الثاني.",
            "the source's number 3 is missing in the translation",
        ),
    ],
)
def test_arabic_number_words_with_particles(source, translation, expected):
    assert messages(NumberMismatch, source, translation, "ar") == [expected]


# A number a translation spells before a unit is a number too: "an hour" that became
# "deux heures" doubles the wait. Phrases say numbers without a number word.
SAID_GOOD = [
    ("Take it every other day.", "Prenez-le tous les deux jours.", "fr"),
    ("Take it every other day.", "Prenez-le tous les 2 jours.", "fr"),
    ("Take it every other day.", "Tómelo cada dos días.", "es"),
    ("Take it every other day.", "Tome-o a cada dois dias.", "pt_BR"),
    ("Take it every other day.", "تناوله كل يومين.", "ar"),
    ("Wait half an hour.", "Warten Sie 30 Minuten.", "de"),
    ("Take it for a fortnight.", "Prenez-le pendant deux semaines.", "fr"),
    ("Take it for a fortnight.", "Prenez-le pendant 14 jours.", "fr"),
    ("Wait an hour before driving.", "Attendez 1 heure avant de conduire.", "fr"),
    ("Wait an hour before driving.", "Attendez une heure avant de conduire.", "fr"),
    ("Take it daily.", "Tómelo 1 vez al día.", "es"),
    ("It doubles the risk.", "Le risque est deux fois plus élevé.", "fr"),
    ("Apply it to both arms.", "Appliquez-le sur les deux bras.", "fr"),
    # A plural form may spell the count it is for: Arabic's form for two.
    ("%(count)s seconds ago", "منذ %(count)s ثانيتين", "ar"),
    # Chinese numerals that count nothing: an ordinal ("the next day"), about how many
    # ("a day or two"), "very", "by all means", the 千 of 千克 (kilogram).
    ("Take it the next day.", "第二天服用。", "zh_CN"),
    ("Wait a day or two.", "等待一两天。", "zh_CN"),
    ("This is very important.", "这一点十分重要。", "zh_CN"),
    ("Never do this.", "千万不要这样做。", "zh_CN"),
    ("Give 0.5 mg per kg.", "每千克给予0.5毫克。", "zh_CN"),
    ("Take it every other day.", "每两天服用一次。", "zh_CN"),
]


@pytest.mark.parametrize(("source", "translation", "language"), SAID_GOOD)
def test_numbers_said_by_phrases_pass(source, translation, language):
    assert not fails(NumberMismatch, source, translation, language)


@pytest.mark.parametrize(
    ("source", "translation", "language", "expected"),
    [
        ("Wait an hour before driving.", "Attendez deux heures avant de conduire.", "fr",
         '"deux heures" (2)'),
        ("Wait a day.", "Warten Sie drei Tage.", "de", '"drei Tage" (3)'),
        ("Take it for a week.", "Tómelo durante dos semanas.", "es", '"dos semanas" (2)'),
        ("Wait an hour before driving.", "Espere duas horas antes de dirigir.", "pt_BR",
         '"duas horas" (2)'),
        ("Wait a day.", "انتظر يومين.", "ar", '"يومين" (2)'),
        ("Wait an hour before driving.", "开车前请等待两小时。", "zh_CN", '"两小时" (2)'),
        ("Take it for a week.", "服用三周。", "zh_CN", '"三周" (3)'),
    ],
)  # fmt: skip
def test_a_quantity_the_translation_spells_and_the_source_lacks_fails(
    source, translation, language, expected
):
    assert messages(NumberMismatch, source, translation, language) == [
        f"the translation has {expected}, which is not in the source"
    ]


@pytest.mark.parametrize(
    ("translation", "language"),
    [
        ("Tome tres comprimidos por la noche; si es necesario, pueden darse tres dosis más.", "es"),
        ("Prenez un comprimé le soir ; si besoin, trois doses de plus peuvent être données.", "fr"),
        (
            "Nehmen Sie abends drei Tabletten ein; bei Bedarf können drei weitere Dosen gegeben "
            "werden.",
            "de",
        ),
        ("Tome os comprimidos à noite; se necessário, mais três doses podem ser dadas.", "pt_BR"),
        ("تناول ثلاثة أقراص ليلًا؛ ويمكن إعطاء ثلاث جرعات إضافية عند الحاجة.", "ar"),
        ("晚上服用三片；如有需要，可再给予三剂。", "zh_CN"),
    ],
)
def test_a_count_of_tablets_in_words_must_be_kept(translation, language):
    assert messages(NumberMismatch, DOSES, translation, language) == [
        'the source\'s "two" (2) is missing in the translation'
    ]


def test_a_spelled_quantity_is_named_as_the_source_spells_it():
    lost = "Les effets disparaissent généralement en quelques heures."
    assert messages(NumberMismatch, "Effects fade within two hours.", lost, "fr") == [
        'the source\'s "two" (2) is missing in the translation'
    ]
    days = "Die Wirkung lässt innerhalb von zwei Tagen nach."
    assert messages(NumberMismatch, "Effects fade within two hours.", days, "de") == [
        "the source's two hours has another unit in the translation: Tagen"
    ]


MILLION = "About 1.2 million people are affected."
DEPRESSION = "More than 300 million people live with depression."
#: A number with a scale word may be written whole, or counted in myriads (10,000) and
#: hundred millions where a language counts so: 1.2 million is 120万, 300 million 3亿.
SCALES_GOOD = [
    (MILLION, "Environ 1,2 million de personnes sont touchées.", "fr"),
    (MILLION, "Etwa 1,2 Millionen Menschen sind betroffen.", "de"),
    (MILLION, "Alrededor de 1,2 millones de personas están afectadas.", "es"),
    (MILLION, "Cerca de 1,2 milhão de pessoas são afetadas.", "pt_BR"),
    (MILLION, "يتأثر نحو 1.2 مليون شخص.", "ar"),
    (MILLION, "约120万人受到影响。", "zh_CN"),
    (MILLION, "约1,200,000人受到影响。", "zh_CN"),
    (MILLION, "約120万人が影響を受けています。", "ja"),
    (MILLION, "약 120만 명이 영향을 받습니다.", "ko"),
    (DEPRESSION, "全球有超过3亿人患有抑郁症。", "zh_CN"),
    (DEPRESSION, "世界で3億人以上がうつ病とともに暮らしています。", "ja"),
    ("About 100,000 people are affected.", "约10万人受到影响。", "zh_CN"),
    ("About 15,000 people are affected.", "约1.5万人受到影响。", "zh_CN"),
    # Or counted in the words of the language: 100 mil, 100 ألف, 1,2 Millionen.
    (
        "It happens in fewer than 1 in 100,000 doses.",
        "Ocurre en menos de 1 de cada 100 mil dosis.",
        "es",
    ),
    (
        "It happens in fewer than 1 in 100,000 doses.",
        "يحدث في أقل من حالة واحدة لكل 100 ألف جرعة.",
        "ar",
    ),
    ("About 1,200,000 people are affected.", "Etwa 1,2 Millionen Menschen sind betroffen.", "de"),
    (
        "About 1,200,000 people are affected.",
        "Cerca de 1,2 milhão de pessoas são afetadas.",
        "pt_BR",
    ),
    ("About 2,500 people took part.", "Environ 2,5 mille personnes y ont participé.", "fr"),
]
SCALES_BAD = [
    (MILLION, "约12万人受到影响。", "zh_CN", "1.2", "12万"),
    (MILLION, "약 12만 명이 영향을 받습니다.", "ko", "1.2", "12만"),
    (DEPRESSION, "全球有超过30亿人患有抑郁症。", "zh_CN", "300", "30亿"),
    ("About 100,000 people are affected.", "约1万人受到影响。", "zh_CN", "100,000", "1万"),
    ("About 1,200,000 people are affected.", "约12万人受到影响。", "zh_CN", "1,200,000", "12万"),
    ("About 100,000 people are affected.", "نحو 10 آلاف شخص متأثرون.", "ar", "100,000", "10"),
    (
        "About 100,000 people are affected.",
        "Cerca de 10 mil personas están afectadas.",
        "es",
        "100,000 is missing in the translation (in es usually 100.000)",
        "10",
    ),
]


@pytest.mark.parametrize(("source", "translation", "language", "said", "written"), SCALES_BAD)
def test_large_numbers_in_myriads_ten_times_off_fail(source, translation, language, said, written):
    assert messages(NumberMismatch, source, translation, language) == [
        f"the source's number {said}" + ("" if " " in said else " is missing in the translation"),
        f"the translation has the number {written}, which is not in the source",
    ]


@settings(max_examples=300, deadline=None)
@given(
    whole=st.integers(1, 9999),
    tenths=st.integers(0, 9),
    myriad=st.sampled_from([("万", 10**4, "zh_CN"), ("億", 10**8, "ja"), ("만", 10**4, "ko")]),
)
def test_a_number_in_myriads_is_read_at_its_value(whole, tenths, myriad):
    """``X万`` is X times 10,000: the source's value passes, ten times more does not."""
    name, unit, language = myriad
    written = f"{whole}.{tenths}" if tenths else str(whole)
    value = (whole * 10 + tenths) * unit // 10
    source = f"It affects {value:,} people."
    assert not fails(NumberMismatch, source, f"{written}{name}", language)
    assert fails(NumberMismatch, source, f"{whole * 10 + tenths}{name}", language)


ONE_IN_THREE = "About 1 in 3 people do not respond to the first antidepressant."
A_THIRD = "About a third of people do not respond to the first antidepressant."
#: "1 in 3" may be said as a fraction ("un tiers", "ein Drittel", "jeder Dritte", "ثلث",
#: "三分之一"), or with its 1 an article ("une personne sur trois"); "a third" as "1 sur 3".
PROPORTIONS_GOOD = [
    (ONE_IN_THREE, "Environ un tiers des personnes ne répondent pas au premier antidépresseur.",
     "fr"),
    (ONE_IN_THREE, "Environ une personne sur trois ne répond pas au premier antidépresseur.",
     "fr"),
    (ONE_IN_THREE, "Etwa ein Drittel der Menschen spricht auf das erste Antidepressivum nicht an.",
     "de"),
    (ONE_IN_THREE, "Etwa jeder Dritte spricht auf das erste Antidepressivum nicht an.", "de"),
    (ONE_IN_THREE, "Etwa einer von drei Menschen spricht auf das erste Antidepressivum nicht an.",
     "de"),
    (ONE_IN_THREE, "Alrededor de uno de cada tres pacientes no responde al primer antidepresivo.",
     "es"),
    (ONE_IN_THREE, "Alrededor de un tercio de los pacientes no responde al primer antidepresivo.",
     "es"),
    (ONE_IN_THREE, "Cerca de um em cada três pacientes não responde ao primeiro antidepressivo.",
     "pt_BR"),
    (ONE_IN_THREE, "Cerca de um terço dos pacientes não responde ao primeiro antidepressivo.",
     "pt_BR"),
    (ONE_IN_THREE, "لا يستجيب نحو ثلث المرضى لمضاد الاكتئاب الأول.", "ar"),
    (ONE_IN_THREE, "约三分之一的人对第一种抗抑郁药无效。", "zh_CN"),
    ("Up to 1 in 10 people may be affected.", "Jusqu'à un dixième des personnes peut être touché.",
     "fr"),
    ("About 1 in 50 had hallucinations.", "Environ un sur cinquante a eu des hallucinations.",
     "fr"),
    (A_THIRD, "Environ 1 personne sur 3 ne répond pas au premier antidépresseur.", "fr"),
    (A_THIRD, "Etwa 1 von 3 Menschen spricht auf das erste Antidepressivum nicht an.", "de"),
    (A_THIRD, "约1/3的人对第一种抗抑郁药无效。", "zh_CN"),
]  # fmt: skip
PROPORTIONS_BAD = [
    (ONE_IN_THREE, "Environ un quart des personnes ne répondent pas au premier antidépresseur.",
     "fr", ["1", "3"]),
    (ONE_IN_THREE, "Etwa jeder Vierte spricht auf das erste Antidepressivum nicht an.", "de",
     ["1", "3"]),
    (ONE_IN_THREE, "Alrededor de dos de cada tres pacientes no responden.", "es", ["1"]),
    (ONE_IN_THREE, "لا يستجيب نحو ربع المرضى لمضاد الاكتئاب الأول.", "ar", ["1", "3"]),
    (ONE_IN_THREE, "约四分之一的人对第一种抗抑郁药无效。", "zh_CN", ["3"]),
]  # fmt: skip


@pytest.mark.parametrize(("source", "translation", "language"), SCALES_GOOD + PROPORTIONS_GOOD)
def test_large_numbers_and_proportions_said_otherwise_pass(source, translation, language):
    assert not fails(NumberMismatch, source, translation, language)


@pytest.mark.parametrize(("source", "translation", "language", "lost"), PROPORTIONS_BAD)
def test_a_proportion_changed_fails(source, translation, language, lost):
    assert messages(NumberMismatch, source, translation, language) == [
        f"the source's number {number} is missing in the translation" for number in lost
    ]


EGFR = "Do not use if eGFR < 30 ml/min; monitor when it is <= 60 ml/min."
COMPARISONS_GOOD = [
    (EGFR, "Nicht anwenden bei einer eGFR < 30 ml/min; bei ≤ 60 ml/min überwachen.", "de"),
    (EGFR, "Ne pas utiliser si le DFGe est < 30 ml/min ; surveiller s'il est ≤ 60 ml/min.", "fr"),
    # The comparison put in words, either way round.
    (EGFR, "No usar si la TFGe es inferior a 30 ml/min; vigilar si es de 60 ml/min o menos.", "es"),
    ("Use it below 30 ml/min.", "Use-o com TFGe < 30 ml/min.", "pt_BR"),
    # Stored in logical order: displayed right to left, "<" shows as ">".
    (EGFR, "لا تستخدمه إذا كان معدل الترشيح < 30 مل/دقيقة؛ وراقبه إذا كان ≤ 60 مل/دقيقة.", "ar"),
    (EGFR, "eGFR < 30 ml/min时禁用；≤ 60 ml/min时需监测。", "zh_CN"),
    ("Values < 5 and > 10.", "Werte > 10 und < 5.", "de"),
]  # fmt: skip
COMPARISONS_BAD = [
    (EGFR, "Nicht anwenden bei einer eGFR > 30 ml/min; bei ≤ 60 ml/min überwachen.", "de"),
    (EGFR, "Ne pas utiliser si le DFGe est < 30 ml/min ; surveiller s'il est ≥ 60 ml/min.", "fr"),
    (EGFR, "لا تستخدمه إذا كان معدل الترشيح > 30 مل/دقيقة؛ وراقبه إذا كان ≤ 60 مل/دقيقة.", "ar"),
    (EGFR, "eGFR > 30 ml/min时禁用；≤ 60 ml/min时需监测。", "zh_CN"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "translation", "language"), COMPARISONS_GOOD)
def test_comparison_signs_kept_or_put_in_words_pass(source, translation, language):
    assert not fails(NumberMismatch, source, translation, language)


@pytest.mark.parametrize(("source", "translation", "language"), COMPARISONS_BAD)
def test_a_comparison_sign_turned_the_other_way_fails(source, translation, language):
    assert messages(NumberMismatch, source, translation, language) == [
        next(
            f"the source's {sign} {number} has another comparison sign in the translation: {other}"
            for sign, number, other in (("<", "30", ">"), ("≤", "60", "≥"))
            if f"{other} {number}" in translation
        )
    ]


AGED = "Adults 65 years of age and older need lower doses."
PAGE = "That page number is less than 1"  # Django's, with real translations
FIVE_DAYS = "Do not use for more than 5 days without consulting a doctor."
BOUNDS_GOOD = [
    (FIVE_DAYS, "Sans avis médical, ne l'utilisez pas pendant plus de 5 jours.", "fr"),
    (FIVE_DAYS, "No lo use durante más de 5 días sin consultar a un médico.", "es"),
    (FIVE_DAYS, "未经咨询医生，连续使用请勿超过5天。", "zh_CN"),
    ("Children aged 12 and over: 1 to 2 tablets.", "Kinder ab 12 Jahren: 1 bis 2 Tabletten.", "de"),
    ("Children aged 12 and under: 1 tablet.", "Kinder bis 12 Jahre: 1 Tablette.", "de"),
    ("Children aged 12 and under: 1 tablet.", "Enfants de 12 ans et moins : 1 comprimé.", "fr"),
    # An Arabic bound with a proclitic: bi- (by) more than.
    (
        "Reduce the dose by more than 50%.",
        "خفض الجرعة بأكثر من 50%.",
        "ar",
    ),
    (PAGE, "Ce numéro de page est plus petit que 1", "fr"),
    (PAGE, "El número de página es menor a 1", "es_AR"),
    (PAGE, "該頁碼小於 1", "zh_TW"),
    # A negation of another clause ("do not use ... if") leaves the bound as it is.
    (
        "Do not drive if you took more than 2 doses.",
        "Ne conduisez pas si vous avez pris plus de 2 doses.",
        "fr",
    ),
    (
        "Do not use it if eGFR is less than 30 ml/min.",
        "Nicht anwenden, wenn die eGFR unter 30 ml/min liegt.",
        "de",
    ),
    (
        "Do not use ketamine if eGFR is less than 30 ml/min.",
        "N'utilisez pas la kétamine si le DFGe est inférieur à 30 ml/min.",
        "fr",
    ),
    (
        "Take no more than 4 doses a day.",
        "Ne prenez pas plus de 4 doses par jour.",
        "fr",
    ),
    # Negated on both sides, by words before the bound: the negation check's business.
    (
        "Do not give the patient more than 4 doses a day.",
        "Ne donnez jamais au patient plus de 4 doses par jour.",
        "fr",
    ),
    (
        "In addition to 10 mg of ketamine, give at most 5 mg of midazolam.",
        "En plus de 10 mg de kétamine, donnez au plus 5 mg de midazolam.",
        "fr",
    ),
    (
        "Patients younger than 18 were excluded.",
        "Les patients de moins de 18 ans ont été exclus.",
        "fr",
    ),
    (
        "Take up to 3 tablets a day.",
        "Prenez jusqu’à 3 comprimés par jour.",
        "fr",
    ),
    (
        "Wait at least 2 hours between doses.",
        "Espere por lo menos 2 horas entre dosis.",
        "es",
    ),
    (
        "Use it up to 3 times a day.",
        "Úselo hasta 3 veces al día.",
        "es",
    ),
    (
        "Adults older than 65 need lower doses.",
        "Los adultos mayores de 65 años necesitan dosis más bajas.",
        "es",
    ),
    (
        "Do not take more than 2 doses.",
        "No tome más de 2 dosis.",
        "es",
    ),
    (
        "Patients under 18 years were excluded.",
        "Pacientes com menos de 18 anos foram excluídos.",
        "pt_BR",
    ),
    (
        "Wait at least 2 hours.",
        "Aguarde no mínimo 2 horas.",
        "pt_BR",
    ),
    (
        "Take no more than 3 tablets a day.",
        "Não tome mais de 3 comprimidos por dia.",
        "pt_BR",
    ),
    (
        "Take no more than 4 doses a day.",
        "Nehmen Sie höchstens 4 Dosen pro Tag ein.",
        "de",
    ),
    (
        "Children under 12 must not take it.",
        "Kinder unter 12 Jahren dürfen es nicht einnehmen.",
        "de",
    ),
    (
        "The effect lasts more than 2 hours.",
        "Die Wirkung hält über 2 Stunden an.",
        "de",
    ),
    (
        "Do not use it if eGFR is less than 30 ml/min.",
        "لا تستخدمه إذا كان معدل الترشيح أقل من 30 مل/دقيقة.",
        "ar",
    ),
    (
        "Take no more than 4 doses a day.",
        "لا تتناول أكثر من 4 جرعات يوميًا.",
        "ar",
    ),
    (
        "Take up to 3 tablets a day.",
        "每天最多服用3片。",
        "zh_CN",
    ),
    (
        "Do not take more than 3 tablets a day.",
        "每天服用不得超过3片。",
        "zh_CN",
    ),
    (
        "Take up to 3 tablets a day.",
        "每天服用不要超过3片。",
        "zh_CN",
    ),
    # Bounds after the number and its unit.
    (
        "Children under 12 must not take it.",
        "12岁以下儿童不得服用。",
        "zh_CN",
    ),
    (
        "Wait at least 6 hours.",
        "انتظر 6 ساعات على الأقل.",
        "ar",
    ),
    (
        "Adults 65 and older need lower doses.",
        "65岁以上的成人需要较低剂量。",
        "zh_CN",
    ),
    (
        "Adults 65 and older need lower doses.",
        "Los adultos de 65 años o más necesitan dosis más bajas.",
        "es",
    ),
    (
        "Patients aged 18 or older were included.",
        "Foram incluídos pacientes com 18 anos ou mais.",
        "pt_BR",
    ),
    (
        "Use 10 mg or less.",
        "Verwenden Sie 10 mg oder weniger.",
        "de",
    ),
    (
        "Give 2 mg/kg at most.",
        "Donnez 2 mg/kg au maximum.",
        "fr",
    ),
    # What the number counts may come between: "65 years of age", "65 años de edad".
    (AGED, "Los adultos de 65 años de edad o más necesitan dosis más bajas.", "es"),
    (AGED, "Adultos com 65 anos de idade ou mais precisam de doses menores.", "pt_BR"),
    (AGED, "Les adultes de 65 ans et plus ont besoin de doses plus faibles.", "fr"),
    (AGED, "Erwachsene ab 65 Jahren brauchen niedrigere Dosen.", "de"),
    (AGED, "يحتاج البالغون بعمر 65 عامًا فأكثر إلى جرعات أقل.", "ar"),
    (AGED, "65岁及以上的成人需要较低剂量。", "zh_CN"),
    # A bound followed by a number is that number's: "at least" bounds 1, not 2.
    (
        "Take 2 tablets at least 1 hour apart.",
        "Prenez 2 comprimés au plus, à 1 heure d’intervalle.",
        "fr",
    ),
    (
        "Do not give ibuprofen to babies younger than 3 months.",
        "未满3个月的婴儿请勿使用布洛芬。",
        "zh_CN",
    ),
    ("This medicine is for adults aged 18 and over.", "本品适用于年满18岁的成人。", "zh_CN"),
    (
        "You must be at least 18 years old and no older than 75.",
        "Vous devez avoir au moins 18 ans et pas plus de 75 ans.",
        "fr",
    ),
    (
        "You must be at least 18 years old and no older than 75.",
        "Sie müssen mindestens 18 und höchstens 75 Jahre alt sein.",
        "de",
    ),
    (
        "You must be at least 18 years old and no older than 75.",
        "您的年龄须满18岁且不超过75岁。",
        "zh_CN",
    ),
    (
        "Children weighing less than 40 kg should take 25 mg per kg a day.",
        "يتناول الأطفال الذين يقل وزنهم عن 40 كغ جرعة قدرها 25 ملغ لكل كغ يوميًا.",
        "ar",
    ),
    (
        "You must be at least 18 years old and no older than 75.",
        "يجب ألا يقل عمرك عن 18 عامًا وألا يزيد عمرك على 75 عامًا.",
        "ar",
    ),
]
TWELVE_AND_OVER = "Children aged 12 and over: 1 to 2 tablets."
BOUNDS_BAD = [
    # The translation's one negation is the source's "without": not the bound's "not".
    (FIVE_DAYS, "Utiliser plus de 5 jours sans avis médical.", "fr", "not use for more than 5",
     "plus de 5"),
    (FIVE_DAYS, "未经咨询医生，连续使用请超过5天。", "zh_CN", "not use for more than 5", "超过5"),
    (
        AGED,
        "Los adultos de 65 años de edad o menos necesitan dosis más bajas.",
        "es",
        "65 years of age and older",
        "65 años de edad o menos",
    ),
    (
        AGED,
        "Adultos com 65 anos de idade ou menos precisam de doses menores.",
        "pt_BR",
        "65 years of age and older",
        "65 anos de idade ou menos",
    ),
    (
        AGED,
        "يحتاج البالغون بعمر 65 عامًا فأقل إلى جرعات أقل.",
        "ar",
        "65 years of age and older",
        "65 عامًا فأقل",
    ),
    (
        "Reduce the dose by less than 50%.",
        "خفض الجرعة بأكثر من 50%.",
        "ar",
        "less than 50",
        "أكثر من 50",
    ),
    (
        "Adults 65 and older need lower doses.",
        "65岁以下的成人需要较低剂量。",
        "zh_CN",
        "65 and older",
        "65岁以下",
    ),
    (
        "Adults 65 and older need lower doses.",
        "Les adultes de moins de 65 ans ont besoin de doses plus faibles.",
        "fr",
        "65 and older",
        "moins de 65",
    ),
    (
        "Adults 65 and older need lower doses.",
        "Los adultos de 65 años o menos necesitan dosis más bajas.",
        "es",
        "65 and older",
        "65 años o menos",
    ),
    (
        "Patients aged 18 or older were included.",
        "Foram incluídos pacientes com 18 anos ou menos.",
        "pt_BR",
        "18 or older",
        "18 anos ou menos",
    ),
    (
        "Use 10 mg or less.",
        "Verwenden Sie 10 mg oder mehr.",
        "de",
        "10 mg or less",
        "10 mg oder mehr",
    ),
    (
        "Wait 6 hours or more.",
        "انتظر 6 ساعات على الأكثر.",
        "ar",
        "6 hours or more",
        "6 ساعات على الأكثر",
    ),
    (
        "Children under 12 must not take it.",
        "12岁以上儿童不得服用。",
        "zh_CN",
        "under 12",
        "12岁以上",
    ),
    (PAGE, "Ce numéro de page est plus grand que 1", "fr", "less than 1", "plus grand que 1"),
    (PAGE, "El número de página es mayor a 1", "es_AR", "less than 1", "mayor a 1"),
    (PAGE, "該頁碼大於 1", "zh_TW", "less than 1", "大於 1"),
    (
        "Do not use it if eGFR is less than 30 ml/min.",
        "Nicht anwenden, wenn die eGFR über 30 ml/min liegt.",
        "de",
        "less than 30",
        "über 30",
    ),
    (
        "Do not use it if eGFR is less than 30 ml/min.",
        "如果eGFR高于30 ml/min，请勿使用。",
        "zh_CN",
        "less than 30",
        "高于30",
    ),
    (
        "Do not use ketamine if eGFR is less than 30 ml/min.",
        "N'utilisez pas la kétamine si le DFGe est supérieur à 30 ml/min.",
        "fr",
        "less than 30",
        "supérieur à 30",
    ),
    (
        "Take up to 3 tablets a day.",
        "Prenez au moins 3 comprimés par jour.",
        "fr",
        "up to 3",
        "au moins 3",
    ),
    (
        "eGFR < 30 ml/min.",
        "DFGe supérieur à 30 ml/min.",
        "fr",
        "< 30",
        "supérieur à 30",
    ),
    (
        "Wait at least 2 hours between doses.",
        "Espere como máximo 2 horas entre dosis.",
        "es",
        "at least 2",
        "como máximo 2",
    ),
    (
        "Adults older than 65 need lower doses.",
        "Los adultos menores de 65 años necesitan dosis más bajas.",
        "es",
        "older than 65",
        "menores de 65",
    ),
    (
        "Patients under 18 years were excluded.",
        "Pacientes com mais de 18 anos foram excluídos.",
        "pt_BR",
        "under 18",
        "mais de 18",
    ),
    (
        "Take no more than 4 doses a day.",
        "Nehmen Sie mindestens 4 Dosen pro Tag ein.",
        "de",
        "no more than 4",
        "mindestens 4",
    ),
    (
        "Children under 12 must not take it.",
        "Kinder über 12 Jahren dürfen es nicht einnehmen.",
        "de",
        "under 12",
        "über 12",
    ),
    (
        "Use it if eGFR is more than 30 ml/min.",
        "استخدمه إذا كان معدل الترشيح أقل من 30 مل/دقيقة.",
        "ar",
        "more than 30",
        "أقل من 30",
    ),
    (
        "Take up to 3 tablets a day.",
        "每天至少服用3片。",
        "zh_CN",
        "up to 3",
        "至少服用3",
    ),
    (
        "Wait at least 2 hours between doses.",
        "两次给药之间最多间隔2小时。",
        "zh_CN",
        "at least 2",
        "最多间隔2",
    ),
    # "and under", "bis": an age bound said after or before the number.
    (TWELVE_AND_OVER, "Enfants de 12 ans et moins : 1 à 2 comprimés.", "fr", "12 and over",
     "12 ans et moins"),
    (TWELVE_AND_OVER, "Kinder bis 12 Jahre: 1 bis 2 Tabletten.", "de", "12 and over", "bis 12"),
    # Arabic puts the noun between the verb of a bound and its preposition.
    ("Children weighing less than 40 kg should take 25 mg per kg a day.",
     "يتناول الأطفال الذين يزيد وزنهم على 40 كغ جرعة قدرها 25 ملغ لكل كغ يوميًا.", "ar",
     "less than 40", "يزيد وزنهم على 40"),
    ("Patients older than 65 may need a lower dose.",
     "قد يحتاج المرضى الذين تقل أعمارهم عن 65 عامًا إلى جرعة أقل.", "ar", "older than 65",
     "تقل أعمارهم عن 65"),
    # "No older than" is at most, though "older than" alone bounds an age from above.
    ("You must be at least 18 years old and no older than 75.",
     "Vous devez avoir au moins 18 ans et plus de 75 ans.", "fr", "no older than 75",
     "plus de 75"),
    # "已满" (having reached) is "at least", the opposite of "未满" (not yet reached).
    ("Do not give ibuprofen to babies younger than 3 months.", "已满3个月的婴儿请勿使用布洛芬。",
     "zh_CN", "younger than 3", "已满3"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "translation", "language"), BOUNDS_GOOD)
def test_bounds_in_words_that_keep_their_direction_pass(source, translation, language):
    assert not fails(NumberMismatch, source, translation, language)


@pytest.mark.parametrize(("source", "translation", "language", "said", "written"), BOUNDS_BAD)
def test_a_bound_in_words_turned_the_other_way_fails(source, translation, language, said, written):
    assert messages(NumberMismatch, source, translation, language) == [
        f'the source\'s "{said}" became "{written}" in the translation, '
        "a bound turned the other way"
    ]


# Before and after a time: "30 minutes before meals" is not "30 minutes après les repas".
MEALS = "Take it 30 minutes before meals, and do not drive for 2 hours after the dose."
TIMING_GOOD = [
    (MEALS, "Prenez-le 30 minutes avant les repas et ne conduisez pas pendant les 2 heures "
     "suivant la prise.", "fr"),
    (MEALS, "Tómelo 30 minutos antes de las comidas y no conduzca durante 2 horas después de "
     "la dosis.", "es"),
    (MEALS, "Tome-o 30 minutos antes das refeições e não dirija por 2 horas após a dose.",
     "pt_BR"),
    (MEALS, "Nehmen Sie es 30 Minuten vor den Mahlzeiten ein und fahren Sie 2 Stunden nach der "
     "Einnahme nicht Auto.", "de"),
    # Said before the number, or by another word, the time is not read: no finding.
    (MEALS, "Nehmen Sie es 30 Minuten vor den Mahlzeiten ein und fahren Sie nach der Einnahme "
     "2 Stunden lang nicht Auto.", "de"),
    # Chinese and Arabic say when before the number too.
    (MEALS, "饭前30分钟服用，服药后2小时内请勿驾车。", "zh_CN"),
    (MEALS, "进餐30分钟前服用，服药2小时后方可驾车。", "zh_CN"),
    (MEALS, "تناوله قبل الوجبات بـ30 دقيقة، ولا تقد السيارة لمدة 2 ساعة بعد الجرعة.", "ar"),
    (MEALS, "تناوله قبل 30 دقيقة من الوجبات، ولا تقد السيارة لمدة 2 ساعة بعد الجرعة.", "ar"),
    ("Stop taking it 3 days before surgery.", "术前3天停药。", "zh_CN"),
    ("Discard it 6 months after first opening.", "首次开封6个月后丢弃。", "zh_CN"),
    ("Take 2 tablets 3 times a day.", "每日3次，每次2片，饭后服用。", "zh_CN"),
    # A bound before the number is read first: "at least 2 hours".
    ("Wait at least 2 hours after the dose.", "Attendez au moins 2 heures après la dose.", "fr"),
    # "following" as an adjective reads nothing the translation turns.
    ("Take the 2 following doses.", "Prenez les 2 doses suivantes.", "fr"),
]  # fmt: skip
TIMING_BAD = [
    (MEALS, "Prenez-le 30 minutes après les repas et ne conduisez pas pendant les 2 heures "
     "suivant la prise.", "fr", "30 minutes before", "30 minutes après"),
    (MEALS, "Tómelo 30 minutos antes de las comidas y no conduzca durante 2 horas antes de "
     "la dosis.", "es", "2 hours after", "2 horas antes de"),
    (MEALS, "Tome-o 30 minutos depois das refeições e não dirija por 2 horas após a dose.",
     "pt_BR", "30 minutes before", "30 minutos depois"),
    (MEALS, "Nehmen Sie es 30 Minuten vor den Mahlzeiten ein und fahren Sie 2 Stunden vor der "
     "Einnahme nicht Auto.", "de", "2 hours after", "2 Stunden vor"),
    ("Take 2 tablets after meals.", "Prenez 2 comprimés avant les repas.", "fr",
     "2 tablets after", "2 comprimés avant"),
    (MEALS, "饭后30分钟服用，服药后2小时内请勿驾车。", "zh_CN", "30 minutes before", "饭后30"),
    (MEALS, "进餐30分钟后服用，服药后2小时内请勿驾车。", "zh_CN", "30 minutes before",
     "30分钟后"),
    (MEALS, "تناوله بعد الوجبات بـ30 دقيقة، ولا تقد السيارة لمدة 2 ساعة بعد الجرعة.", "ar",
     "30 minutes before", "بعد الوجبات ب30"),
    ("Stop taking it 3 days before surgery.", "توقف عن تناوله بعد 3 أيام من الجراحة.", "ar",
     "3 days before", "بعد 3"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "translation", "language"), TIMING_GOOD)
def test_before_and_after_kept_pass(source, translation, language):
    assert not fails(NumberMismatch, source, translation, language)


@pytest.mark.parametrize(("source", "translation", "language", "said", "written"), TIMING_BAD)
def test_before_and_after_swapped_fails(source, translation, language, said, written):
    assert messages(NumberMismatch, source, translation, language) == [
        f'the source\'s "{said}" became "{written}" in the translation, before and after swapped'
    ]


def test_equal_numbers_that_trade_places_are_paired_by_their_units():
    translation = "Pendant 10 heures, administrez 10 mg."
    assert messages(NumberMismatch, "Give 10 mg over 10 minutes.", translation, "fr") == [
        "the source's 10 minutes has another unit in the translation: 10 heures"
    ]


def test_of_two_words_for_one_value_the_one_with_the_sources_unit_is_taken():
    translation = "Prenez-le une fois par jour, puis une fois par semaine."
    assert messages(NumberMismatch, "Take it once a week.", translation, "fr") == []
    wrong = "Prenez 5 mg une fois par jour ; le spray s'utilise une fois par semaine."
    source = "Take 5 mg twice a day; the spray is used once weekly."
    assert messages(NumberMismatch, source, wrong, "fr") == [
        'the source\'s "twice" (2) is missing in the translation'
    ]


def test_a_rate_before_the_number_is_named_as_written():
    assert messages(NumberMismatch, "Take 10 mg/day.", "每小时10 mg。", "zh_CN") == [
        "the source's 10 mg/day has another unit in the translation: 10 mg (每小时)"
    ]


def test_a_dose_by_weight_that_lost_its_weight_is_named():
    translation = "La dosis habitual es de 0,5 mg por vía intravenosa durante 40 minutos."
    assert messages(NumberMismatch, DOSE, translation, "es") == [
        "the source's 0.5 mg/kg has another unit in the translation: 0.5 mg"
    ]


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
    assert number_text("٠٫٥ و۲۴ و２４") == "0٫5 و24 و24"
    numerals = ("十", "二十四", "一百零五", "三万", "二〇二四", "万", "十万")
    assert [cjk_numeral_value(t) for t in numerals] == [10, 24, 105, 30000, 2024, 10000, 100000]


# The shortcut (same plain integers on both sides: nothing to compare) must never
# hide a problem the full comparison finds. Texts are drawn from the characters
# that decide it: digits of several scripts, separators, spaces, CJK myriads,
# invisible format characters, markup, letters and units.
_NUMBER_TEXT = st.lists(
    st.sampled_from(
        [
            *"0123456789٥５.,'  \u202f\u200e\u00ad万-羟ab `[]()h:/–~",
            *("mg", "g", " à ", " to ", " bis ", "hours", "heures", "días", "Tage", "天"),
            *("ملغ", "MG", "µg", "%", "IU", "/", "kg", " per ", " par ", "jour", "Woche", "每"),
            *(" tablet", " million", "만", "亿", "½", "1/2 "),
        ]
    ),
    max_size=24,
).map("".join)


@settings(max_examples=1500, deadline=None)
@example(source="1 or 5", translation="1.5", language="de")  # glued in the translation
@example(source="1.5", translation="1 o 5", language="es")  # glued in the source
@example(source="2 and 3", translation="2万3", language="zh_CN")  # a myriad
@example(source="12", translation="1\u200e2", language="ar")  # an invisible mark
@example(source="1 à 5 mg", translation="1 à 5 g", language="fr")  # the same numbers, another unit
@example(source="5 mg", translation="٥ ملغ", language="ar")  # other digits
@example(source="8 hours", translation="8 Tage", language="de")  # a unit word
@example(source="10 to 15 mg", translation="10 bis 15 g", language="de")  # a range's unit
@example(source="5 mg 5 g", translation="5 g 5 mg", language="fr")  # k-th with k-th
@example(source="8 8", translation="de 8 em 8", language="pt_BR")  # "every 8": one 8
@example(source="٥g0000٥", translation="٥-0000٥mg", language="es")  # named as 5 either way
@example(source="100 mg/m2", translation="100 mg/m²", language="fr")  # a power, no number
@example(source="0 00µg", translation="00MG0", language="es")  # leading zeros: 0 and 00
@example(source="1/2 tablet", translation="1 2", language="ko")  # a half in signs
@example(source="2 million", translation="200만", language="ko")  # a scale word, myriads
@example(source="Take less than 30 mg.", translation="Prenez plus de 30 mg.", language="fr")
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


@pytest.mark.parametrize("language", [*LANGUAGES, "ru"])
def test_no_spelling_names_two_units(language):
    """Within one language (with SI symbols and English words), a spelling is one unit."""
    data = json.loads((REPO / "toolkit" / "data" / "units.json").read_text("utf-8"))
    base = language.split("_")[0]
    seen: dict[str, str] = {}
    for unit, spellings in data["units"].items():
        for code in dict.fromkeys(("*", "en", language, base)):
            for word in spellings.get(code, []):
                key = " ".join(word.lower().split())
                assert seen.setdefault(key, unit) == unit, (key, seen[key], unit)


@pytest.mark.parametrize("space", [" \n", "\u00a0", "\u2002", "  ", "\t"])
def test_a_bound_is_read_whatever_the_spaces_between_its_words(space):
    source = f"Do not use it if eGFR is less{space}than 30 ml/min."
    turned = "Nicht anwenden, wenn die eGFR über 30 ml/min liegt."
    kept = "Nicht anwenden, wenn die eGFR unter 30 ml/min liegt."
    assert fails(NumberMismatch, source, turned, "de")
    assert not fails(NumberMismatch, source, kept, "de")
