"""Does every plural entry have as many forms as the header declares?"""

from __future__ import annotations

from collections.abc import Iterable

from toolkit.catalog import Catalog, Message
from toolkit.checks.base import Check, CheckContext, Tally
from toolkit.findings import Severity


class PluralCount(Check):
    """A plural entry has a different number of msgstr[n] forms than the header's nplurals."""

    id = "plural-count"
    severity = Severity.ERROR
    skip_untranslated = False
    skip_fuzzy = False
    blocks_compile = True

    def tally(self, header: Catalog, context: CheckContext) -> Tally:
        return _PluralForms(header.nplurals)

    def check_catalog(
        self, catalog: Catalog, context: CheckContext
    ) -> Iterable[tuple[Message | None, str]]:
        forms = _PluralForms(catalog.nplurals)
        for message in catalog:
            yield from forms.add(message)


class _PluralForms(Tally):
    """Each plural entry against the header's nplurals; only the first when there is none."""

    def __init__(self, nplurals: int | None) -> None:
        self.nplurals = nplurals
        self.reported_missing = False

    def add(self, message: Message) -> Iterable[tuple[Message | None, str]]:
        if not message.pluralizable:
            return ()
        if self.nplurals is None:
            if self.reported_missing:
                return ()
            self.reported_missing = True
            return [(message, "plural entries but the header declares no Plural-Forms")]
        count = len(message.msgstr_plural)
        if count == self.nplurals:
            return ()
        return [
            (message, f"{count} plural forms, but the header declares nplurals={self.nplurals}")
        ]
