"""Turning URL parts into known languages and articles, before any path is built.

A language must be English or one of the project's catalog folders, and a slug
one of the articles' slugs, compared as plain strings: ``..``, an encoded
slash, an absolute path or a NUL byte matches none of them and is a 404, never
a file read.
"""

from __future__ import annotations

from flask import abort

from preview.pages import SOURCE
from preview.store import ProjectStore
from toolkit.document import Document


def known_language(store: ProjectStore, code: str, source: bool = True) -> str:
    """``code`` when it is a language of the project (English too if ``source``); else 404."""
    if (source and code == SOURCE) or code in store.languages():
        return code
    abort(404)


def known_article(store: ProjectStore, slug: str) -> Document:
    """The article with ``slug``; else 404."""
    document = store.documents().get(slug)
    if document is None:
        abort(404)
    return document


def known_catalog(store: ProjectStore, code: str, slug: str) -> None:
    """404 unless ``code`` is a translation language with a catalog for ``slug``."""
    known_language(store, code, source=False)
    known_article(store, slug)
    if store.catalog(code, slug) is None:
        abort(404)
