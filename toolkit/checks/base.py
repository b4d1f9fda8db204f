"""What every check is: a small class described by attributes, looking at one entry.

As in Weblate, a check declares its id, default severity and which entries it
skips, and has one method that looks at one entry. Unlike Weblate, the method
returns its messages, so nothing has to run twice to explain a finding; every
outside name (the ``ignore-<id>`` flag, the configuration key) derives from the
id.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from toolkit.catalog import Catalog, Message
from toolkit.findings import Severity
from toolkit.locales import Language

if TYPE_CHECKING:
    from toolkit.terms import TermMatcher


#: How many texts the checks' text analyses (numbers, URLs, markup, negation) remember:
#: one English source is checked against every language's translation, so its
#: analysis is done once. Callers only read what the cached functions return.
#: The bound is also the memory a huge file fills them to (about 3.5 kB a text
#: over all caches: 16384 texts, about 60 MB; bench/memory.py measures it).
TEXT_CACHE_SIZE = 16384


@dataclass(frozen=True)
class CheckContext:
    """What a check may know beyond the entry: the catalog's language and glossary."""

    language: Language | None = None
    terms: TermMatcher | None = None
    options: dict[str, object] = field(default_factory=dict)

    @property
    def code(self) -> str:
        return self.language.code if self.language else ""


class Check:
    """Base of all checks; subclasses set the attributes and override one method."""

    #: kebab-case identifier, part of the interface (flags, configuration, reports).
    id: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARNING
    #: Look only at entries that have a translation (untranslated ones have nothing to compare).
    skip_untranslated: ClassVar[bool] = True
    #: Look only at entries that are not fuzzy (a fuzzy translation is known to be stale).
    skip_fuzzy: ClassVar[bool] = True
    #: A finding of this check makes ``msgfmt -c`` refuse the catalog, so ``compile`` does too.
    blocks_compile: ClassVar[bool] = False

    @classmethod
    def description(cls) -> str:
        """The one-line summary shown by ``l10n checks``: the docstring's first line."""
        return (cls.__doc__ or "").strip().splitlines()[0]

    @classmethod
    def ignore_flag(cls) -> str:
        """The PO flag a translator sets to silence this check on one entry."""
        return f"ignore-{cls.id}"

    def applies_to(self, message: Message) -> bool:
        if self.skip_untranslated and not message.has_translation:
            return False
        return not (self.skip_fuzzy and message.fuzzy)

    def check_message(self, message: Message, context: CheckContext) -> Iterable[str]:
        """Problems of one entry, each as a sentence for the translator."""
        return ()

    def check_catalog(
        self, catalog: Catalog, context: CheckContext
    ) -> Iterable[tuple[Message | None, str]]:
        """Problems that only show across the catalog (entry, or None for the whole file)."""
        return ()

    def tally(self, header: Catalog, context: CheckContext) -> Tally:
        """What this check keeps while a catalog's entries stream past.

        ``header`` holds only the header entry (it comes first). By default the
        entries are kept and handed to ``check_catalog`` at the end; a check
        that overrides this keeps only what it needs, so a huge file is checked
        in bounded memory.
        """
        return _WholeCatalog(self, header, context)


class Tally:
    """One catalog-level check's state over one catalog: sees each entry once, in order."""

    def add(self, message: Message) -> Iterable[tuple[Message | None, str]]:
        """Problems known as soon as ``message`` (a live entry) is seen."""
        return ()

    def finish(self) -> Iterable[tuple[Message | None, str]]:
        """Problems known once every entry has been seen."""
        return ()


class _WholeCatalog(Tally):
    """Every entry kept, for a check that only knows ``check_catalog``."""

    def __init__(self, check: Check, header: Catalog, context: CheckContext) -> None:
        self.check = check
        self.header = header
        self.context = context
        self.messages: list[Message] = []

    def add(self, message: Message) -> Iterable[tuple[Message | None, str]]:
        self.messages.append(message)
        return ()

    def finish(self) -> Iterable[tuple[Message | None, str]]:
        catalog = self.header.replace_messages((*self.header.messages, *self.messages))
        return self.check.check_catalog(catalog, self.context)


def translation_pairs(message: Message) -> tuple[tuple[str, str, str], ...]:
    """Each filled translation with the source it translates and how to name it.

    A plural entry's ``msgstr[1]`` and later translate ``msgid_plural``; the
    name is empty for a singular entry so messages read naturally. Every
    comparing check asks this of every entry, so the singular case is direct.
    """
    if message.msgid_plural is None:
        return ((message.msgid, message.msgstr, ""),) if message.msgstr else ()
    plural_source = message.msgid_plural or message.msgid
    return tuple(
        (message.msgid if index == 0 else plural_source, form, f"msgstr[{index}]: ")
        for index, form in enumerate(message.translations)
        if form
    )


class PairCheck(Check):
    """A check that compares each filled translation with its source through one function.

    Plural forms are compared one by one, each with the source it translates,
    and their problems are prefixed with the form (``msgstr[1]: ``). The runner
    makes an entry's pairs once and calls every such check's ``problems``
    directly; ``check_message`` serves whoever looks at a single entry.
    """

    def problems(self, source: str, translation: str, language: str) -> Iterable[str]:
        return ()

    def check_message(self, message: Message, context: CheckContext) -> Iterable[str]:
        for source, translation, where in translation_pairs(message):
            for problem in self.problems(source, translation, context.code):
                yield where + problem
