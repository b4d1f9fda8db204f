"""Does every plural entry have as many forms as the header declares?"""

from __future__ import annotations

from collections.abc import Iterable

from toolkit.catalog import Catalog, Message
from toolkit.checks.base import Check, CheckContext
from toolkit.findings import Severity


class PluralCount(Check):
    """A plural entry has a different number of msgstr[n] forms than the header's nplurals."""

    id = "plural-count"
    severity = Severity.ERROR
    skip_untranslated = False
    skip_fuzzy = False
    blocks_compile = True

    def check_catalog(
        self, catalog: Catalog, context: CheckContext
    ) -> Iterable[tuple[Message | None, str]]:
        nplurals = catalog.nplurals
        plural_entries = [m for m in catalog if m.pluralizable]
        if not plural_entries:
            return
        if nplurals is None:
            yield plural_entries[0], "plural entries but the header declares no Plural-Forms"
            return
        for message in plural_entries:
            count = len(message.msgstr_plural)
            if count != nplurals:
                yield message, f"{count} plural forms, but the header declares nplurals={nplurals}"
