"""How far a catalog's translation has come, counted the way msgfmt counts.

``msgfmt --statistics`` is what translators and CI already trust, so entries are
counted exactly as it does: the header and obsolete entries are left out, a
fuzzy entry is never translated, and an entry is untranslated when its first
msgstr is empty. Word counts (of the source text, split on white space) show how
much reading a language still lacks.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from toolkit.catalog import Catalog, Message

STATES = ("translated", "fuzzy", "untranslated")


def message_state(message: Message) -> str:
    """``translated``, ``fuzzy`` or ``untranslated``, as msgfmt decides it."""
    if message.translated:
        return "translated"
    return "fuzzy" if message.translations[0] else "untranslated"


def word_count(text: str) -> int:
    return len(text.split())


@dataclass(frozen=True)
class CatalogStats:
    """Counts of one catalog's entries and of their source words, by state."""

    path: str
    language: str | None
    total: int
    translated: int
    fuzzy: int
    untranslated: int
    obsolete: int
    words: dict[str, int]

    @property
    def percent_translated(self) -> float:
        """Share of entries translated and not fuzzy; an empty catalog is complete."""
        return 100.0 * self.translated / self.total if self.total else 100.0

    @property
    def percent_words_translated(self) -> float:
        total = self.words["total"]
        return 100.0 * self.words["translated"] / total if total else 100.0

    def as_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "language": self.language,
            "total": self.total,
            "translated": self.translated,
            "fuzzy": self.fuzzy,
            "untranslated": self.untranslated,
            "obsolete": self.obsolete,
            "words": dict(self.words),
        }


def catalog_stats(catalog: Catalog | Iterable[Message], path: str | None = None) -> CatalogStats:
    """Count the entries and source words by state of ``catalog``, or of a stream of messages.

    A stream (``iter_po_file``, header first) is counted as it is read, so a
    huge file needs no more memory than a small one.
    """
    counter = StatsCounter()
    messages = catalog.messages if isinstance(catalog, Catalog) else catalog
    for _ in counter.count(messages):
        pass
    default = catalog.path if isinstance(catalog, Catalog) else None
    return counter.stats(path or default or "")


class StatsCounter:
    """Statistics counted while a catalog's messages stream past (``iter_po_file``)."""

    def __init__(self) -> None:
        self.counts = dict.fromkeys(STATES, 0)
        self.words = dict.fromkeys(STATES, 0)
        self.obsolete = 0
        self.language: str | None = None

    def count(self, messages: Iterable[Message]) -> Iterator[Message]:
        """Each of ``messages`` (header first), counted as it passes."""
        first = True
        for message in messages:
            if message.obsolete:
                self.obsolete += 1
            elif message.is_header:
                if first:  # as Catalog.header: only a first entry is the header
                    self.language = Catalog((message,)).language
            else:
                state = message_state(message)
                self.counts[state] += 1
                self.words[state] += word_count(message.msgid)
            first = False
            yield message

    def stats(self, path: str) -> CatalogStats:
        """The counts of every message seen so far."""
        words = {**self.words, "total": sum(self.words[state] for state in STATES)}
        return CatalogStats(
            path=path,
            language=self.language,
            total=sum(self.counts.values()),
            obsolete=self.obsolete,
            words=words,
            **self.counts,
        )
