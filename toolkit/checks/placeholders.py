"""Do the translation's format placeholders and line ends match the source's?

These are the defects ``msgfmt -c`` refuses to compile, because a program
formatting the string would crash or print the wrong value.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from toolkit.catalog import Message
from toolkit.checks.base import Check, CheckContext
from toolkit.findings import Severity

#: Placeholder syntax per gettext format flag.
PLACEHOLDER_PATTERNS = {
    "python-format": re.compile(
        r"%(?:\((?P<name>[^)]*)\))?[#0 +-]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?[diouxXeEfFgGcrsa%]"
    ),
    "python-brace-format": re.compile(r"\{\{|\}\}|\{[^{}]*\}"),
    "c-format": re.compile(
        r"%(?:\d+\$)?[-+ #0'I]*(?:\*(?:\d+\$)?|\d+)?(?:\.(?:\*(?:\d+\$)?|\d+))?"
        r"(?:hh|h|ll|l|L|q|j|z|Z|t)?[diouxXeEfFgGaAcspnm%]"
    ),
}

_LITERALS = {"%%", "{{", "}}"}


def placeholders(text: str, flag: str) -> Counter[str]:
    """The placeholders of ``text`` under format ``flag``, escapes left out."""
    found = [m.group(0) for m in PLACEHOLDER_PATTERNS[flag].finditer(text)]
    return Counter(p for p in found if p not in _LITERALS)


def format_flags(message: Message) -> list[str]:
    return [flag for flag in PLACEHOLDER_PATTERNS if flag in message.flags]


class PlaceholderMismatch(Check):
    """The translation's format placeholders differ from the source's."""

    id = "placeholder-mismatch"
    severity = Severity.ERROR
    blocks_compile = True

    def check_message(self, message: Message, context: CheckContext) -> Iterable[str]:
        for flag in format_flags(message):
            source = placeholders(message.msgid, flag)
            plural_source = placeholders(message.msgid_plural or message.msgid, flag)
            for index, form in enumerate(message.translations):
                if not form:
                    continue
                expected = plural_source if (message.pluralizable and index > 0) else source
                actual = placeholders(form, flag)
                missing = expected - actual
                extra = actual - expected
                where = f"msgstr[{index}]" if message.pluralizable else "translation"
                # A singular form may leave out the count (“one file” for “%d files”).
                if message.pluralizable and not extra:
                    continue
                if missing:
                    yield f"{where} lacks {', '.join(sorted(missing))} ({flag})"
                if extra:
                    yield f"{where} has {', '.join(sorted(extra))} not in the source ({flag})"


class NewlineMismatch(Check):
    """The source and translation do not both start, or both end, with a newline."""

    id = "newline-mismatch"
    severity = Severity.ERROR
    blocks_compile = True

    def check_message(self, message: Message, context: CheckContext) -> Iterable[str]:
        for form in message.translations:
            if not form:
                continue
            if message.msgid.startswith("\n") != form.startswith("\n"):
                yield "source and translation do not both begin with '\\n'"
            if message.msgid.endswith("\n") != form.endswith("\n"):
                yield "source and translation do not both end with '\\n'"
