"""The in-memory message catalog: what a PO or POT file holds, with no file attached.

Like Babel's ``babel.messages.catalog``, this module opens no file: ``pofile``
reads and writes catalogs, ``merge`` and ``extract`` build them. Messages are
frozen so that a catalog read from disk can be shared (the preview caches them)
without anyone mutating it behind another's back; changes make new messages with
``dataclasses.replace``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

#: The flag gettext writes on entries whose translation needs review.
FUZZY = "fuzzy"

MessageKey = tuple[str | None, str]


@dataclass(frozen=True)
class Message:
    """One entry of a catalog, as gettext defines it.

    ``msgstr`` holds the singular translation; an entry with ``msgid_plural``
    keeps its translations in ``msgstr_plural`` (``msgstr[0]``, ``msgstr[1]``...)
    and leaves ``msgstr`` empty. ``line`` is where the entry's ``msgid`` keyword
    stands in the file it was read from, ``msgstr_line`` where its (first)
    ``msgstr`` does (0 for entries made in memory): findings point at the
    translation, where msgfmt points and where the translator edits.
    """

    msgid: str
    msgstr: str = ""
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr_plural: tuple[str, ...] = ()
    translator_comments: tuple[str, ...] = ()
    extracted_comments: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    previous_msgctxt: str | None = None
    previous_msgid: str | None = None
    previous_msgid_plural: str | None = None
    obsolete: bool = False
    line: int = 0
    msgstr_line: int = 0

    @property
    def key(self) -> MessageKey:
        """What makes an entry unique in a catalog: its context and msgid."""
        return (self.msgctxt, self.msgid)

    @property
    def is_header(self) -> bool:
        return self.msgid == "" and self.msgctxt is None and not self.obsolete

    @property
    def fuzzy(self) -> bool:
        return FUZZY in self.flags

    @property
    def pluralizable(self) -> bool:
        return self.msgid_plural is not None

    @property
    def translations(self) -> tuple[str, ...]:
        """Every msgstr of the entry, singular or plural forms alike."""
        if self.pluralizable:
            return self.msgstr_plural or ("",)
        return (self.msgstr,)

    @property
    def translated(self) -> bool:
        """Translated as ``msgfmt --statistics`` counts it: first form filled, not fuzzy.

        An empty later plural form does not make msgfmt count the entry as
        untranslated; the ``untranslated`` check reports it instead.
        """
        return bool(self.translations[0]) and not self.fuzzy

    @property
    def has_translation(self) -> bool:
        """Some translation text exists, fuzzy or not: work a translator did."""
        # Asked of every entry by every check run: no tuple built for the common case.
        if self.msgid_plural is None:
            return bool(self.msgstr)
        return any(self.msgstr_plural)

    def with_flag(self, flag: str, present: bool = True) -> Message:
        """A copy of this message with ``flag`` added or removed."""
        flags = tuple(f for f in self.flags if f != flag)
        if present:
            flags = (flag, *flags) if flag == FUZZY else (*flags, flag)
        return replace(self, flags=flags)


_HEADER_LINE = re.compile(r"^([^:\n]+):[ \t]*(.*)$")
_CHARSET = re.compile(r"charset=([^\s;]+)", re.IGNORECASE)
_NPLURALS = re.compile(r"nplurals\s*=\s*(\d+)")


def parse_header(text: str) -> dict[str, str]:
    """The ``Name: value`` fields of a header msgstr, in order."""
    fields: dict[str, str] = {}
    for raw in text.split("\n"):
        match = _HEADER_LINE.match(raw.strip())
        if match:
            fields[match.group(1).strip()] = match.group(2).strip()
    return fields


def format_header(fields: dict[str, str]) -> str:
    """The header msgstr for ``fields``, one ``Name: value`` line each."""
    return "".join(f"{name}: {value}\n" for name, value in fields.items())


@dataclass(frozen=True)
class Catalog:
    """A PO or POT file's entries, header first when it has one.

    ``messages`` keeps the order of the file so that writing back an unchanged
    catalog changes nothing; obsolete entries are kept too (they are a
    translator's past work).
    """

    messages: tuple[Message, ...]
    path: str | None = None
    _index: dict[MessageKey, Message] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        for message in self.messages:
            if not message.obsolete:
                self._index.setdefault(message.key, message)

    def __iter__(self) -> Iterator[Message]:
        """The live entries, header and obsolete entries excluded."""
        return (m for m in self.messages if not m.obsolete and not m.is_header)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def get(self, msgid: str, msgctxt: str | None = None) -> Message | None:
        return self._index.get((msgctxt, msgid))

    @property
    def header(self) -> Message | None:
        first = self.messages[0] if self.messages else None
        return first if first is not None and first.is_header else None

    @property
    def obsolete(self) -> tuple[Message, ...]:
        return tuple(m for m in self.messages if m.obsolete)

    @property
    def header_fields(self) -> dict[str, str]:
        header = self.header
        return parse_header(header.msgstr) if header else {}

    @property
    def language(self) -> str | None:
        return self.header_fields.get("Language") or None

    @property
    def charset(self) -> str:
        match = _CHARSET.search(self.header_fields.get("Content-Type", ""))
        return match.group(1) if match else "UTF-8"

    @property
    def plural_forms(self) -> str | None:
        return self.header_fields.get("Plural-Forms") or None

    @property
    def nplurals(self) -> int | None:
        """The number of plural forms the header declares, if it declares one."""
        match = _NPLURALS.search(self.plural_forms or "")
        return int(match.group(1)) if match else None

    def replace_messages(self, messages: tuple[Message, ...] | list[Message]) -> Catalog:
        return Catalog(tuple(messages), path=self.path)

    def with_header_fields(self, fields: dict[str, str]) -> Catalog:
        """A copy whose header carries ``fields`` (added or replaced, in place)."""
        merged = {**self.header_fields, **fields}
        header = self.header
        if header is None:
            new_header = Message(msgid="", msgstr=format_header(merged))
            return self.replace_messages((new_header, *self.messages))
        new_header = replace(header, msgstr=format_header(merged))
        return self.replace_messages((new_header, *self.messages[1:]))
