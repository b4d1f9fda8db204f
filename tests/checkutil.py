"""Helpers that let a check's test read like a sentence: ``assert fails(check, src, dst)``."""

from __future__ import annotations

from toolkit.catalog import Message
from toolkit.checks.base import Check, CheckContext
from toolkit.locales import get_language


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
