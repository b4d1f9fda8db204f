"""Is the catalog's header what gettext and CLDR expect for its language?"""

from __future__ import annotations

import codecs
from collections.abc import Iterable

from toolkit.catalog import Catalog, Message
from toolkit.checks.base import Check, CheckContext, Tally
from toolkit.errors import LocaleError
from toolkit.findings import Severity
from toolkit.locales import get_language


def _normalized_plural_forms(value: str) -> str:
    return "".join(value.split()).rstrip(";")


class Header(Check):
    """The header lacks a valid Language, CLDR's Plural-Forms or a usable charset."""

    id = "header"
    severity = Severity.ERROR

    def tally(self, header: Catalog, context: CheckContext) -> Tally:
        return _HeaderOnly(list(self.check_catalog(header, context)))

    def check_catalog(
        self, catalog: Catalog, context: CheckContext
    ) -> Iterable[tuple[Message | None, str]]:
        header = catalog.header
        if header is None:
            yield None, 'no header entry (msgid "")'
            return
        fields = catalog.header_fields
        code = fields.get("Language", "")
        if not code:
            yield header, "header has no Language field"
        else:
            try:
                expected = get_language(code)
            except LocaleError as error:
                yield header, f"Language: {error.message}"
            else:
                if code != expected.code:
                    yield header, f"Language {code!r} should be spelled {expected.code!r}"
                actual = fields.get("Plural-Forms")
                if actual is None:
                    yield header, f"header has no Plural-Forms (CLDR: {expected.plural_forms})"
                elif _normalized_plural_forms(actual) != _normalized_plural_forms(
                    expected.plural_forms
                ):
                    yield (
                        header,
                        (
                            f"Plural-Forms {actual!r} differs from CLDR's for {expected.code}: "
                            f"{expected.plural_forms!r}"
                        ),
                    )
        content_type = fields.get("Content-Type", "")
        if "charset=" not in content_type:
            yield header, "Content-Type declares no charset"
        else:
            try:
                codecs.lookup(catalog.charset)
            except LookupError:
                yield header, f"unknown charset {catalog.charset!r}"


class _HeaderOnly(Tally):
    """The header's problems, known before any entry is seen: reported with the first one,
    so they are never among the findings past the limit."""

    def __init__(self, problems: list[tuple[Message | None, str]]) -> None:
        self.problems = problems

    def add(self, message: Message) -> Iterable[tuple[Message | None, str]]:
        return self.finish()

    def finish(self) -> Iterable[tuple[Message | None, str]]:
        problems, self.problems = self.problems, []
        return problems
