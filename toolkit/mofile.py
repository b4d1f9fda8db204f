"""Binary MO catalogs, holding exactly what ``msgfmt`` would put in them.

Python's ``gettext`` and every gettext runtime read MO files. What goes in
follows msgfmt: the header always, untranslated entries never, fuzzy entries
only when asked, plural forms as they stand in the PO file (Babel's writer adds
and drops forms, which changes what readers get). No hash table is written:
runtimes fall back to binary search on the sorted keys.
"""

from __future__ import annotations

import struct

from toolkit.catalog import Catalog, Message

_MAGIC = 0x950412DE
_HEADER_SIZE = 7 * 4


def compiled_messages(catalog: Catalog, use_fuzzy: bool = False) -> list[Message]:
    """The entries msgfmt would compile: header, then translated (or fuzzy) ones."""
    selected = [catalog.header] if catalog.header is not None else []
    for message in catalog:
        if not message.translations[0]:
            continue
        if message.fuzzy and not use_fuzzy:
            continue
        selected.append(message)
    return selected


def _without_creation_date(header: str) -> str:
    """The header as msgfmt compiles it: without ``POT-Creation-Date``.

    The template's date says nothing to a program reading translations, and
    leaving it out keeps the MO file unchanged when only the template moved.
    """
    return "".join(
        line
        for line in header.splitlines(keepends=True)
        if not line.startswith("POT-Creation-Date:")
    )


def write_mo(catalog: Catalog, use_fuzzy: bool = False) -> bytes:
    """The MO file for ``catalog``, strings encoded in its declared charset."""
    encoding = catalog.charset
    pairs = []
    for message in compiled_messages(catalog, use_fuzzy):
        key = message.msgid
        if message.pluralizable:
            key = f"{key}\x00{message.msgid_plural}"
        if message.msgctxt is not None:
            key = f"{message.msgctxt}\x04{key}"
        value = "\x00".join(message.translations)
        if message.is_header:
            value = _without_creation_date(value)
        pairs.append((key.encode(encoding), value.encode(encoding)))
    pairs.sort(key=lambda pair: pair[0])

    count = len(pairs)
    originals_at = _HEADER_SIZE
    translations_at = originals_at + 8 * count
    data_at = translations_at + 8 * count
    tables = [bytearray(), bytearray()]
    data = bytearray()
    for column in (0, 1):
        for pair in pairs:
            string = pair[column]
            tables[column] += struct.pack("<II", len(string), data_at + len(data))
            data += string + b"\x00"
    header = struct.pack("<7I", _MAGIC, 0, count, originals_at, translations_at, 0, data_at)
    return header + bytes(tables[0]) + bytes(tables[1]) + bytes(data)
