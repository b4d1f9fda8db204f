"""Statistics count entries the way msgfmt --statistics does."""

from __future__ import annotations

from toolkit.catalog import Catalog, Message
from toolkit.stats import catalog_stats, message_state


def test_states_follow_msgfmt():
    assert message_state(Message("a", "")) == "untranslated"
    assert message_state(Message("a", "", flags=("fuzzy",))) == "untranslated"
    assert message_state(Message("a", "b", flags=("fuzzy",))) == "fuzzy"
    assert message_state(Message("a", "b")) == "translated"
    assert message_state(Message("a", msgid_plural="as", msgstr_plural=("x", ""))) == "translated"
    assert message_state(Message("a", msgid_plural="as", msgstr_plural=("", "y"))) == "untranslated"


def test_counts_exclude_header_and_obsolete_and_count_words():
    catalog = Catalog(
        (
            Message("", "Language: fr\n", flags=("fuzzy",)),
            Message("one two three", "un deux trois"),
            Message("four five", "quatre cinq", flags=("fuzzy",)),
            Message("six", ""),
            Message("old entry", "ancienne", obsolete=True),
        )
    )
    stats = catalog_stats(catalog, "fr.po")
    assert (stats.total, stats.translated, stats.fuzzy, stats.untranslated, stats.obsolete) == (
        3,
        1,
        1,
        1,
        1,
    )
    assert stats.words == {"translated": 3, "fuzzy": 2, "untranslated": 1, "total": 6}
    assert round(stats.percent_translated, 2) == 33.33
    assert stats.language == "fr"


def test_empty_catalog_is_complete():
    assert catalog_stats(Catalog(()), "x.po").percent_translated == 100.0
