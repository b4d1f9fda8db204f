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
    """A pattern matching any of ``phrases``, the longest where several do, any space between words.

    The phrases share their prefixes in a trie (``m(?:g|i(?:n|lligrammes?))``):
    the regex engine then follows one branch per character instead of trying
    every phrase in turn, which over a few hundred units or negation cues is
    most of the cost of a search. Where a phrase ends and a longer one goes on,
    the longer is tried first, as the flat list sorted longest first would.
    """
    trie: _Trie = {}
    for phrase in {phrase_key(p) for p in phrases}:
        node = trie
        for position, word in enumerate(phrase.split(" ")):
            if position:
                node = node.setdefault(" ", {})
            for char in word:
                node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here
    return _pattern(trie)


_Trie = dict[str, "_Trie"]


def _pattern(node: _Trie) -> str:
    branches = [
        (r"\s+" if key == " " else re.escape(key)) + _pattern(child)
        for key, child in sorted(node.items())
        if key
    ]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    return f"(?:{'|'.join(branches)})" + ("?" if "" in node else "")
