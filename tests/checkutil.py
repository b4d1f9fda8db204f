"""Helpers for the checks' tests: ``fails(check, src, dst)``; msgfmt's verdicts beside theirs."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from subprocess import CompletedProcess

from toolkit.catalog import Catalog, Message
from toolkit.checks.base import Check, CheckContext
from toolkit.checks.placeholders import NewlineMismatch, PlaceholderMismatch
from toolkit.locales import get_language
from toolkit.pofile import read_po, write_po


def messages(
    check: type[Check],
    source: str,
    translation: str,
    language: str = "fr",
    flags: tuple[str, ...] = (),
    context: CheckContext | None = None,
) -> list[str]:
    """What ``check`` says about one entry translated into ``language``."""
    message = Message(msgid=source, msgstr=translation, flags=flags, line=1)
    context = context or CheckContext(language=get_language(language))
    instance = check()
    if not instance.applies_to(message):
        return []
    return list(instance.check_message(message, context))


def fails(
    check: type[Check], source: str, translation: str, language: str = "fr", **kwargs
) -> bool:
    return bool(messages(check, source, translation, language, **kwargs))


def format_verdicts(
    entries: Iterable[Message], folder: Path, msgfmt: Callable[..., CompletedProcess[str]]
) -> tuple[set[str], set[str]]:
    """``(refused by msgfmt -c, reported by the placeholder and newline checks)``.

    Each entry is named by its msgctxt; they are written to one PO file in
    ``folder`` under a French header, which msgfmt and the checks both read.
    """
    header = Message("", "Content-Type: text/plain; charset=UTF-8\nLanguage: fr\n")
    po = folder / "format-strings.po"
    po.write_bytes(write_po(Catalog((header, *entries))))
    written = read_po(po.read_bytes(), str(po))
    # msgfmt names an entry by its msgstr line, or its msgid line when the msgid is at fault.
    names = {m.line: m.msgctxt for m in written.messages if m.msgctxt}
    names |= {m.msgstr_line: m.msgctxt for m in written.messages if m.msgctxt}
    done = msgfmt("-c", "-o", os.devnull, po)
    lines = re.findall(rf"^{re.escape(str(po))}:(\d+): ", done.stderr, re.M)
    refused = {names[int(n)] for n in lines if int(n) in names}  # not the header's warnings
    checks = (PlaceholderMismatch(), NewlineMismatch())
    context = CheckContext(language=get_language("fr"))
    reported = {
        m.msgctxt
        for m in written.messages
        if m.msgctxt and any(list(check.check_message(m, context)) for check in checks)
    }
    return {n for n in refused if n}, {n for n in reported if n}
