"""sentence-missing: a sentence lost from a translation, found by length in whole catalogs."""

# ruff: noqa: RUF001 -- real translations hold non-ASCII punctuation

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import REPO
from tests.shipped import DURATION, SHIPPED
from tests.test_checks_planted import LINK, matcher
from toolkit.catalog import Catalog, Message
from toolkit.checks import run_checks, sentences
from toolkit.checks.base import CheckContext
from toolkit.checks.sentences import (
    MAX_SENTENCES,
    MIN_SAMPLES,
    Gap,
    SentenceMissing,
    find_gap,
    split_sentences,
)
from toolkit.locales import get_language
from toolkit.pofile import read_po_file


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("One. Two? Three", ("One.", "Two?", "Three")),
        ("一。二？三", ("一。", "二？", "三")),
        ("他说：「好。」然后走了。", ("他说：「好。」", "然后走了。")),
        ("أ؟ ب.", ("أ؟", "ب.")),
        ("यह ठीक है। वह भी।", ("यह ठीक है।", "वह भी।")),
        ("Սա ճիշտ է։ Դա նույնպես։", ("Սա ճիշտ է։", "Դա նույնպես։")),
        ("0.5 mg", ("0.5 mg",)),
        ("Er sagte: „Nein.“ Dann ging er.", ("Er sagte: „Nein.“", "Dann ging er.")),
        ("See (this). And [that].", ("See (this).", "And [that].")),
        # No sentence ends at an abbreviation, an initial or an ordinal...
        ("Take 5 mg, i.e. one tablet. Then rest.", ("Take 5 mg, i.e. one tablet.", "Then rest.")),
        ("Dr. Smith agrees. So does J. Doe.", ("Dr. Smith agrees.", "So does J. Doe.")),
        ("Am 3. Tag, z. B. morgens. Dann nicht.", ("Am 3. Tag, z. B. morgens.", "Dann nicht.")),
        ("Des effets, p. ex. des vertiges.", ("Des effets, p. ex. des vertiges.",)),
        # ... or before a lowercase word, in a script with letter case.
        ("Invalid value. original: {0}", ("Invalid value. original: {0}",)),
        ("Ud. se halla aquí. ¿Desea salir?", ("Ud. se halla aquí.", "¿Desea salir?")),
    ],
)
def test_sentences_are_cut_where_they_end(text, sentences):
    assert split_sentences(text) == sentences


_SENTENCE_TEXT = st.text(st.sampled_from(list("ab A .!?…\"'”’»)]\n\t。！？」؟।۔3")), max_size=16)


@settings(max_examples=2000, deadline=None)
@given(text=_SENTENCE_TEXT)
def test_cutting_loses_no_character_but_spaces(text):
    sentences = split_sentences(text)
    assert "".join("".join(sentences).split()) == "".join(text.split())
    assert all(s == s.strip() and s for s in sentences)


# --- whole catalogs: the shipped translations, damaged -------------------------------------


@cache
def shipped(language: str) -> Catalog:
    return read_po_file(REPO / "locales" / language / "LC_MESSAGES" / "ketamine.po")


def findings(catalog: Catalog, language: str) -> list[tuple[str, str, str]]:
    context = CheckContext(language=get_language(language), terms=matcher())
    result = run_checks(catalog, context, "ketamine.po")
    return [(f.msgid or "", f.check, f.message) for f in result.findings]


def with_translation(catalog: Catalog, message: Message, translation: str) -> Catalog:
    return catalog.replace_messages(
        tuple(replace(m, msgstr=translation) if m is message else m for m in catalog.messages)
    )


#: Sentences of a shipped translation, as a reader counts them (no abbreviation
#: is in the shipped text): after . ! ? and a space, or after a full-width mark.
READER_SENTENCE = re.compile(r"(?<=[.!?؟])\s+|(?<=[。！？])")


def reader_sentences(translation: str) -> list[str]:
    return [s for s in READER_SENTENCE.split(translation) if s]


def joined(sentences: list[str], language: str) -> str:
    return ("" if language == "zh_CN" else " ").join(sentences)


def shown(sentence: str) -> str:
    """A source sentence as a reader sees it (links and emphasis undone), cut to 70 characters."""
    return LINK.sub(r"\1", sentence).replace("**", "")[:70]


@pytest.mark.parametrize("language", SHIPPED)
def test_every_sentence_dropped_from_a_shipped_translation_is_reported(language):
    catalog = shipped(language)
    assert findings(catalog, language) == []
    dropped = named = 0
    misses, misnamed = [], []
    for message in catalog.messages[1:]:
        sentences = reader_sentences(message.msgstr)
        source = reader_sentences(message.msgid)
        for index, sentence in enumerate(sentences if len(sentences) > 1 else ()):
            rest = joined(sentences[:index] + sentences[index + 1 :], language)
            found = findings(with_translation(catalog, message, rest), language)
            dropped += 1
            if not any(msgid == message.msgid for msgid, _, _ in found):
                misses.append(sentence)
            said = [text for _, check, text in found if check == "sentence-missing"]
            named += bool(said)
            # Where the translation kept the source's sentences in order, the
            # sentence lost is the source's at the same place: it must be named.
            if said and len(source) == len(sentences) and shown(source[index]) not in said[0]:
                misnamed.append((source[index], said[0]))
    assert dropped >= 25
    assert misses == []
    assert misnamed == []
    # Most are found by length alone, not only through the number, term or negation they held.
    assert named >= 0.75 * dropped


#: The mark that joins two sentences into one, as each language writes it.
JOINER = {"zh_CN": "；", "ar": "؛ "}


@pytest.mark.parametrize("language", SHIPPED)
def test_sentences_merged_by_a_translator_are_no_loss(language):
    catalog = shipped(language)
    merges = 0
    for message in catalog.messages[1:]:
        sentences = reader_sentences(message.msgstr)
        for index in range(len(sentences) - 1):
            first = sentences[index].rstrip(".。؟!?")
            merged = first + JOINER.get(language, "; ") + sentences[index + 1]
            whole = joined([*sentences[:index], merged, *sentences[index + 2 :]], language)
            found = findings(with_translation(catalog, message, whole), language)
            assert [f for f in found if f[1] == "sentence-missing"] == [], whole
            merges += 1
    assert merges >= 15


def test_sentences_of_like_length_are_named_as_either():
    catalog = shipped("de")
    message = next(m for m in catalog.messages if m.msgid.startswith(DURATION))
    sentences = reader_sentences(message.msgstr)
    source = reader_sentences(message.msgid)
    assert abs(len(source[0]) - len(source[1])) < 5 < len(source[2]) - len(source[0])
    found = findings(with_translation(catalog, message, joined(sentences[1:], "de")), "de")
    assert found == [
        (
            message.msgid,
            "sentence-missing",
            "the source has 3 sentences, the translation 2: by length, one of these sentences "
            f"seems missing: “{source[0][:79]}…” or “{source[1]}”",
        )
    ]


def test_a_sentence_whose_length_stands_out_is_named_alone():
    short, long = (
        "Rest today.",
        "Drink water, avoid alcohol and call a doctor at once if it gets worse.",
    )
    source = (short, long, "Sleep well.")
    assert find_gap(source, ("Ruhen Sie heute.", "Schlafen Sie gut."), 1.2) == Gap((long,))
    assert find_gap(source, (short, "Schlafen Sie gut."), 1.2) == Gap((long,))
    # Merged into one sentence of the right length, nothing is missing.
    merged = "Ruhen Sie heute, trinken Sie Wasser, meiden Sie Alkohol und rufen Sie sofort an."
    assert find_gap(source, (merged, "Schlafen Sie gut."), 1.2) is None
    assert find_gap(source, (*source,), 1.0) is None


def test_of_sentences_alike_in_length_one_whose_placeholders_are_kept_is_not_named():
    source = (
        "Please enter a correct %(username)s and password.",
        "Note that both fields may be case-sensitive.",
    )
    kept = ("Bitte geben Sie einen korrekten %(username)s und ein Passwort ein.",)
    assert find_gap(source, kept, 1.2) == Gap((source[1],))
    reworded = ("Bitte geben Sie einen korrekten Benutzernamen und ein Passwort ein.",)
    assert find_gap(source, reworded, 1.2) == Gap(source, either=True)


def test_past_the_entries_kept_each_is_judged_on_the_ratio_so_far(monkeypatch):
    catalog = shipped("de")
    damaged = catalog.replace_messages(
        tuple(
            replace(m, msgstr=joined(reader_sentences(m.msgstr)[1:], "de"))
            if len(reader_sentences(m.msgstr)) > 2
            else m
            for m in catalog.messages
        )
    )
    all_at_the_end = findings(damaged, "de")
    assert len(all_at_the_end) >= 5
    monkeypatch.setattr(sentences, "ENTRIES_KEPT", 2)
    assert findings(damaged, "de") == all_at_the_end


def test_a_source_of_too_many_sentences_to_pair_is_not_judged():
    source = tuple(f"Sentence number {n} says one more thing." for n in range(MAX_SENTENCES + 1))
    assert find_gap(source[:MAX_SENTENCES], source[1 : MAX_SENTENCES - 5], 1.0) is not None
    assert find_gap(source, source[1:-5], 1.0) is None


def test_a_catalog_too_small_to_measure_is_not_judged():
    catalog = shipped("fr")
    message = next(m for m in catalog.messages[1:] if len(reader_sentences(m.msgstr)) == 3)
    damaged = replace(message, msgstr=reader_sentences(message.msgstr)[2])
    whole = with_translation(catalog, message, damaged.msgstr)
    assert any(check == "sentence-missing" for _, check, _ in findings(whole, "fr"))
    # The same entry with fewer than MIN_SAMPLES others to learn the ratio from.
    others = [m for m in catalog.messages[1:] if m is not message][: MIN_SAMPLES - 2]
    few = catalog.replace_messages((catalog.messages[0], *others, damaged))
    assert not any(check == "sentence-missing" for _, check, _ in findings(few, "fr"))


def test_languages_without_sentence_marks_are_not_judged():
    catalog = shipped("fr")
    message = next(m for m in catalog.messages[1:] if len(reader_sentences(m.msgstr)) == 3)
    damaged = replace(message, msgstr=reader_sentences(message.msgstr)[2])
    body = tuple(damaged if m is message else m for m in catalog.messages[1:])
    found = {}
    for code in ("fr", "th"):
        header = replace(catalog.messages[0], msgstr=f"Language: {code}\n")
        context = CheckContext(language=get_language(code))
        result = run_checks(
            catalog.replace_messages((header, *body)), context, "x.po", (SentenceMissing,)
        )
        found[code] = len(result.findings)
    assert found == {"fr": 1, "th": 0}


_SENTENCE = st.text(st.sampled_from(list("abc Xy.?!。")), min_size=1, max_size=40)


@settings(max_examples=300, deadline=None)
@given(
    source=st.lists(_SENTENCE, min_size=1, max_size=7).map(tuple),
    target=st.lists(_SENTENCE, max_size=7).map(tuple),
    ratio=st.floats(0.05, 20),
)
def test_a_gap_is_only_of_source_sentences_and_only_where_some_are_fewer(source, target, ratio):
    gap = find_gap(source, target, ratio)
    if len(target) >= len(source) or not target:
        assert gap is None
    elif gap is not None:
        assert gap.sentences and set(gap.sentences) <= set(source)


@settings(max_examples=100, deadline=None)
@given(pairs=st.lists(st.tuples(_SENTENCE, _SENTENCE), min_size=MIN_SAMPLES, max_size=30))
def test_any_catalog_is_judged_and_only_entries_with_fewer_sentences_are_reported(pairs):
    header = Message("", "Language: de\nContent-Type: text/plain; charset=UTF-8\n")
    entries = tuple(Message(s, t, line=n) for n, (s, t) in enumerate(pairs, start=1))
    catalog = Catalog((header, *entries))
    result = run_checks(
        catalog, CheckContext(language=get_language("de")), "de.po", (SentenceMissing,)
    )
    for finding in result.findings:
        entry = next(m for m in entries if m.line == finding.line)
        assert len(split_sentences(entry.msgstr)) < len(split_sentences(entry.msgid))
