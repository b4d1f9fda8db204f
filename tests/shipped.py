"""The shipped project as test data: a copy to change, and the edits tests make to it."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from tests.conftest import REPO
from toolkit.catalog import FUZZY, Message
from toolkit.fileio import write_atomic
from toolkit.pofile import read_po_file, write_po

SHIPPED = ("ar", "de", "es", "fr", "pt_BR", "zh_CN")
INTRO = "This article delves into the science behind how ketamine works"
LINKED = "[Ketamine](https://www.peacevalleyrecovery.com/"
DURATION = "While the immediate effects of ketamine can be profound"
INTRO_FULL = (
    "This article delves into the science behind how ketamine works and its "
    "implications for therapeutic use."
)
DURATION_FULL = (
    "While the immediate effects of ketamine can be profound, they are often temporary. "
    "Many patients may experience symptom relief for days to weeks after treatment. "
    "This has led to ongoing research into the optimal dosing schedules and adjunct "
    "therapies to prolong its benefits."
)


def copy_shipped_project(root: Path) -> Path:
    """A copy of the shipped project (articles, catalogs, glossary) at ``root``."""
    for folder in ("source", "locales"):
        shutil.copytree(REPO / folder, root / folder)
    return root


def edit_entry(root: Path, language: str, msgid_start: str, edit: Callable[[Message], Message]):
    """Rewrite the entry of ``language``'s ketamine catalog whose msgid starts so."""
    path = root / "locales" / language / "LC_MESSAGES" / "ketamine.po"
    catalog = read_po_file(path)
    found = [m for m in catalog if m.msgid.startswith(msgid_start)]
    assert len(found) == 1, msgid_start
    messages = [edit(m) if m is found[0] else m for m in catalog.messages]
    write_atomic(path, write_po(catalog.replace_messages(messages)))
    return found[0]


def set_translation(root: Path, language: str, msgid_start: str, msgstr: str) -> Message:
    return edit_entry(root, language, msgid_start, lambda m: replace(m, msgstr=msgstr))


def make_fuzzy(root: Path, language: str, msgid_start: str) -> Message:
    return edit_entry(root, language, msgid_start, lambda m: m.with_flag(FUZZY))


def make_untranslated(root: Path, language: str, msgid_start: str) -> Message:
    return set_translation(root, language, msgid_start, "")


def break_catalog(root: Path, language: str) -> Path:
    """Make ``language``'s catalog unreadable: an unterminated string on line 21."""
    path = root / "locales" / language / "LC_MESSAGES" / "ketamine.po"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[20] = 'msgstr "never closed'
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def msgstr_line(path: Path, msgid_start: str) -> int:
    """The line (from 1) of the ``msgstr`` keyword of the entry whose msgid starts so.

    Read off the file's text, so that it can check where a finding points.
    """
    lines = path.read_text(encoding="utf-8").splitlines()
    first = next(i for i, line in enumerate(lines) if f'"{msgid_start}' in line)
    return next(i for i in range(first, len(lines)) if lines[i].startswith("msgstr")) + 1
