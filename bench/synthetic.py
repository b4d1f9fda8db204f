"""A deterministic synthetic corpus: many languages, many entries, a large glossary.

Real catalogs do not come with a 2,000-concept medical glossary, so the
benchmark makes one: pseudo-words for terms in every language, English source
sentences that use them, and translations that render each term with its
approved target term, keep the numbers, and now and then carry the kind of
defect the checks exist for. The same seed always gives the same files.
"""

from __future__ import annotations

import random
from functools import cache
from itertools import accumulate
from pathlib import Path

from toolkit.catalog import Catalog, Message, format_header
from toolkit.fileio import write_atomic
from toolkit.glossary import Concept, Glossary, Term, write_tbx
from toolkit.locales import get_language
from toolkit.pofile import write_po

LANGUAGES = (
    "es", "fr", "de", "pt_BR", "ar", "zh_CN", "it", "nl", "pl", "ru",
    "ja", "ko", "tr", "sv", "da", "fi", "cs", "hu", "el", "he",
)  # fmt: skip

FILLER = tuple(
    " ".join(
        (
            "the patient may feel better after a short course of treatment with careful",
            "follow up and clear advice from the doctor about rest food sleep and work",
            "most people notice a change within days while some need longer support",
        )
    ).split()
)

_SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "de", "po", "ze", "fa", "gu", "bi")
_SCRIPTS = {
    "ar": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "zh_CN": "氯胺酮受体抑郁焦虑神经递质突触可塑性治疗症状药物剂量",
    "ja": "ケタミン受容体神経伝達物質治療症状薬",
    "ko": "케타민수용체신경전달물질치료증상약",
    "ru": "абвгдежзиклмнопрстуфхцчшщыэюя",
    "el": "αβγδεζηθικλμνξοπρστυφχψω",
    "he": "אבגדהוזחטיכלמנסעפצקרשת",
}


def _word(rng: random.Random, language: str, syllables: int) -> str:
    script = _SCRIPTS.get(language)
    if script:
        return "".join(rng.choice(script) for _ in range(syllables * 2))
    return "".join(rng.choice(_SYLLABLES) for _ in range(syllables))


# Filler words of a translation: each language has a finite vocabulary, and
# texts use its words with Zipf-like frequencies (the n-th word about 1/n as
# often as the first), as real text does; fresh random strings for every word
# would make each word of the corpus a word never seen before.
VOCABULARY = 5_000
_ZIPF = tuple(accumulate(1 / rank for rank in range(1, VOCABULARY + 1)))


@cache
def vocabulary(language: str, size: int = VOCABULARY, seed: int = 13) -> tuple[str, ...]:
    """``size`` distinct pseudo-words of ``language``, most frequent first (deterministic)."""
    rng = random.Random(f"{seed}-vocabulary-{language}")
    words: dict[str, None] = {}
    while len(words) < size:
        words[_word(rng, language, rng.choice((1, 2, 2, 2, 3, 3, 4)))] = None
    return tuple(words)


def _filler(rng: random.Random, language: str, count: int) -> list[str]:
    """``count`` filler words of ``language``, drawn Zipf-like from its vocabulary."""
    return rng.choices(vocabulary(language), cum_weights=_ZIPF, k=count)


def make_glossary(concepts: int, languages: tuple[str, ...] = LANGUAGES, seed: int = 7) -> Glossary:
    """``concepts`` concepts, each with an English term and one approved term per language."""
    rng = random.Random(seed)
    made = []
    for index in range(concepts):
        words = rng.choice((1, 1, 2, 2, 3))
        english = " ".join(_word(rng, "en", rng.choice((2, 3))) for _ in range(words)) + f"{index}"
        terms = [Term(english, "en", "preferred", None)]
        for language in languages:
            target = _word(rng, language, 3) + str(index)
            terms.append(Term(target, language, "preferred", None))
            if index % 10 == 0:
                terms.append(
                    Term(_word(rng, language, 3) + f"x{index}", language, "deprecated", None)
                )
        made.append(
            Concept(f"c{index}", tuple(terms), "medicine", "Synthetic.", "Synthetic.", False)
        )
    return Glossary(tuple(made))


def make_catalog(
    glossary: Glossary, language: str, entries: int, seed: int = 11, shared_sources: bool = False
) -> Catalog:
    """A translated catalog whose entries use the glossary's terms, a few with defects.

    With ``shared_sources`` the English texts are the same in every language,
    as in the catalogs of one project (one template, a catalog per language);
    otherwise each language translates texts of its own.
    """
    rng = random.Random(f"{seed}-{language}")
    # What the English says is drawn from its own sequence when it is shared.
    sources = random.Random(f"{seed}-source") if shared_sources else rng
    concepts = glossary.concepts
    info = get_language(language)
    header = Message(
        msgid="",
        msgstr=format_header(
            {
                "Project-Id-Version": "synthetic",
                "Language": language,
                "MIME-Version": "1.0",
                "Content-Type": "text/plain; charset=UTF-8",
                "Content-Transfer-Encoding": "8bit",
                "Plural-Forms": info.plural_forms,
            }
        ),
    )
    messages = [header]
    for number in range(entries):
        source_words: list[str] = []
        target_words: list[str] = []
        for _ in range(sources.randint(2, 4)):
            filler = sources.sample(FILLER, sources.randint(3, 8))
            source_words += filler
            target_words += _filler(rng, language, len(filler))
            if sources.random() < 0.6:
                concept = sources.choice(concepts)
                source_words.append(concept.terms_in("en")[0].text)
                target = concept.approved(language)[0].text
                defect = rng.random()
                if defect < 0.01:
                    target = (
                        concept.forbidden(language)[0].text if concept.forbidden(language) else ""
                    )
                elif defect < 0.02:
                    target = _word(rng, language, 3)
                target_words.append(target)
        dose = str(sources.choice((5, 10, 25, 50, 100, 250)))
        source_words += [dose, "mg"]
        target_words += [dose if rng.random() > 0.005 else "0", "mg"]
        source = " ".join(source_words).capitalize() + f" ({number})."
        target = " ".join(w for w in target_words if w) + f" ({number})."
        messages.append(
            Message(msgid=source, msgstr=target, references=(f"synthetic.md:{number}",))
        )
    return Catalog(tuple(messages))


def write_corpus(
    folder: Path, languages: int, entries: int, concepts: int, shared_sources: bool = False
) -> tuple[list[Path], Path]:
    """Write (once) the catalogs and glossary of one corpus size; return their paths.

    The catalogs use the terms of that glossary, at the same rate whatever
    its size. The first concepts of a larger glossary are those of a smaller
    one (same seed), so a larger glossary also serves a smaller one's corpus.
    ``shared_sources``: every catalog translates the same English texts.
    """
    folder.mkdir(parents=True, exist_ok=True)
    glossary = make_glossary(concepts)
    glossary_path = folder / f"glossary-{concepts}.tbx"
    if not glossary_path.exists():
        write_atomic(glossary_path, write_tbx(glossary))
    paths = []
    for language in LANGUAGES[:languages]:
        corpus = f"{entries}-{concepts}" + ("-shared" if shared_sources else "")
        path = folder / corpus / f"{language}.po"
        if not path.exists():
            catalog = make_catalog(glossary, language, entries, shared_sources=shared_sources)
            write_atomic(path, write_po(catalog))
        paths.append(path)
    return paths, glossary_path
