"""Is every entry translated, and translated for sure?"""

from __future__ import annotations

from collections.abc import Iterable

from toolkit.catalog import Message
from toolkit.checks.base import Check, CheckContext
from toolkit.findings import Severity


class Untranslated(Check):
    """An entry, or one of its plural forms, has no translation."""

    id = "untranslated"
    severity = Severity.ERROR
    skip_untranslated = False
    skip_fuzzy = False

    def check_message(self, message: Message, context: CheckContext) -> Iterable[str]:
        forms = message.translations
        if not any(forms):
            yield "not translated"
        elif not all(forms):
            empty = ", ".join(f"msgstr[{i}]" for i, form in enumerate(forms) if not form)
            yield f"plural form {empty} not translated"


class Fuzzy(Check):
    """An entry is marked fuzzy: its translation needs review and is not published."""

    id = "fuzzy"
    severity = Severity.ERROR
    skip_fuzzy = False

    def check_message(self, message: Message, context: CheckContext) -> Iterable[str]:
        if message.fuzzy:
            yield "marked fuzzy: review the translation against the new source, then unmark it"
