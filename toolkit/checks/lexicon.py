"""The word lists of the checks, kept as data: negation markers, units, number words.

A linguist adds a language by editing ``toolkit/data/*.json``, not code. This
module reads those files, finds a language's entry, and turns phrases into the
alternatives of a pattern, the same way for every check.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from typing import Any, TypeVar

T = TypeVar("T")


@lru_cache(maxsize=8)
def data_file(name: str) -> dict[str, Any]:
    """``toolkit/data/<name>.json`` without its notes (the keys starting with ``_``)."""
    text = resources.files("toolkit").joinpath("data", f"{name}.json").read_text("utf-8")
    return {key: value for key, value in json.loads(text).items() if not key.startswith("_")}


def for_language(table: Mapping[str, T], code: str) -> T | None:
    """The entry of gettext ``code`` in a per-language table: ``pt_BR``'s, else ``pt``'s."""
    language = code.split("@")[0]
    found = table.get(language)
    return found if found is not None else table.get(language.split("_")[0].lower())


def phrase_key(text: str) -> str:
    """A word or phrase as the data spells it: lower case, one space between words."""
    return " ".join(text.lower().split())


def alternatives(phrases: Iterable[str]) -> str:
    """A pattern matching any of ``phrases``, longest first, any whitespace between words."""
    ordered = sorted({phrase_key(p) for p in phrases}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in ordered)
