"""The project as the preview reads it: parsed once, read again only when a file changes.

A translator saves a PO file and reloads the page: the change must show
without a restart, and an unchanged file must not be parsed again on every
request. Every value read from a file (a catalog, an article, the glossary, the
configuration) and every value computed from them (findings, a rendered
article) is kept with the *stamp* of the files it came from (modification time
in nanoseconds, size and inode, so an atomic replace counts as a change) and
recomputed when a stamp differs. Errors are not kept: a broken file is read
again on the next request, so fixing it shows at once.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TypeVar

from flask import Flask, current_app

from toolkit.audit import FileAudit, audit_messages
from toolkit.catalog import Catalog
from toolkit.config import Config, load_config
from toolkit.document import Document, read_document
from toolkit.errors import ToolkitError
from toolkit.glossary import Glossary, read_tbx
from toolkit.pofile import read_po_file
from toolkit.project import Project
from toolkit.render import RenderedArticle, render_article
from toolkit.terms import TermMatcher

T = TypeVar("T")

#: What identifies one version of a file; None when the file does not exist.
Stamp = tuple[int, int, int] | None


def file_stamp(path: Path) -> Stamp:
    """The modification time, size and inode of ``path``; None when it is missing."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return (status.st_mtime_ns, status.st_size, status.st_ino)


class FileMemo:
    """Values computed from files, kept until one of those files changes.

    Threads may compute the same value twice when they ask at the same moment;
    both results are equal, so the cost is only time, and no request ever waits
    for another one's computation.
    """

    def __init__(self) -> None:
        self._values: dict[Hashable, tuple[Hashable, object]] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, stamp: Hashable, compute: Callable[[], T]) -> T:
        """The value for ``key`` computed at ``stamp``, computing it when needed."""
        held = self._values.get(key)
        if held is not None and held[0] == stamp:
            return held[1]  # type: ignore[return-value]
        value = compute()
        with self._lock:
            self._values[key] = (stamp, value)
        return value


class ProjectStore:
    """Cached, always current access to one project's articles, catalogs and findings."""

    def __init__(self, root: Path):
        self.project = Project(root)
        self._memo = FileMemo()

    # --- what exists ----------------------------------------------------------------------

    def languages(self) -> list[str]:
        """The translation languages (catalog folders), in code order; English is the source."""
        return self.project.languages()

    def documents(self) -> dict[str, Document]:
        """Every source article by slug, in file order."""
        documents: dict[str, Document] = {}
        for path in self.project.source_paths():
            document = self._memo.get(
                ("document", path),
                file_stamp(path),
                lambda path=path: read_document(path, self.project.relative(path)),
            )
            documents[document.slug] = document
        return documents

    def relative(self, path: str | Path) -> str:
        """``path`` relative to the project, as messages show it."""
        return self.project.relative(Path(path))

    def describe(self, error: ToolkitError) -> str:
        """``PATH:LINE: message``, the path relative to the project as the CLI shows it."""
        if error.path is None:
            return error.message
        path = self.relative(error.path)
        return f"{path}:{error.line}: {error.message}" if error.line else f"{path}: {error.message}"

    # --- catalogs ---------------------------------------------------------------------------

    def catalog_path(self, language: str, slug: str) -> Path:
        return self.project.catalog_path(language, slug)

    def catalog(self, language: str, slug: str) -> Catalog | None:
        """The parsed catalog of one article in one language; None when there is none.

        ``language`` and ``slug`` must already be known ones: this builds a path.
        """
        path = self.catalog_path(language, slug)
        stamp = file_stamp(path)
        if stamp is None:
            return None
        return self._memo.get(("catalog", path), stamp, lambda: read_po_file(path))

    def config(self) -> Config:
        path = self.project.root / "pyproject.toml"
        return self._memo.get("config", file_stamp(path), lambda: load_config(self.project.root))

    def glossary(self) -> Glossary | None:
        """The project's glossary, None when it has none."""
        path = self.project.glossary_path
        stamp = file_stamp(path)
        if stamp is None:
            return None
        return self._memo.get("glossary", stamp, lambda: read_tbx(path))

    def matcher(self) -> TermMatcher | None:
        """The glossary's term matcher (English and every language); None without a glossary.

        One matcher serves every language and every thread: it builds each
        language's automaton on first use and caches its scans.
        """
        glossary = self.glossary()
        if glossary is None:
            return None
        stamp = file_stamp(self.project.glossary_path)
        return self._memo.get("matcher", stamp, lambda: TermMatcher(glossary, "en"))

    def audit(self, language: str, slug: str) -> FileAudit | None:
        """Statistics and findings of one catalog, as ``l10n check`` reports them."""
        path = self.catalog_path(language, slug)
        stamps = (
            file_stamp(path),
            file_stamp(self.project.glossary_path),
            file_stamp(self.project.root / "pyproject.toml"),
        )
        if stamps[0] is None:
            return None
        # The catalog parsed for the pages is checked: a syntax error is reported with
        # the catalog's own path, and the file is not read a second time.
        catalog = self.catalog(language, slug) or Catalog(())

        def compute() -> FileAudit:
            return audit_messages(
                catalog.messages, self.relative(path), self.config(), self.matcher(), language
            )

        return self._memo.get(("audit", path), stamps, compute)

    def inputs(self, language: str, slug: str) -> tuple[Stamp, ...]:
        """The stamps of every file a page of ``slug`` in ``language`` is computed from."""
        document = self.documents()[slug]
        return (
            file_stamp(self.project.root / document.path),
            file_stamp(self.catalog_path(language, slug)),
            file_stamp(self.project.glossary_path),
            file_stamp(self.project.root / "pyproject.toml"),
        )

    def remember(self, key: Hashable, stamp: Hashable, compute: Callable[[], T]) -> T:
        """A value computed from the files ``stamp`` describes (see ``inputs``), kept until
        one of them changes: the review page's HTML, which is costly to render."""
        return self._memo.get(key, stamp, compute)

    # --- rendering --------------------------------------------------------------------------

    def rendered(self, language: str, slug: str, rtl: bool) -> RenderedArticle:
        """The article in ``language`` (``en``: the source), with English fallbacks marked."""
        document = self.documents()[slug]
        source_stamp = file_stamp(self.project.root / document.path)
        if language == "en":
            return self._memo.get(
                ("rendered", "en", slug), source_stamp, lambda: render_article(document, None)
            )
        # Stamps are taken before the files are read, so a file saved meanwhile is read again.
        stamps = (source_stamp, file_stamp(self.catalog_path(language, slug)), rtl)
        catalog = self.catalog(language, slug) or Catalog(())
        return self._memo.get(
            ("rendered", language, slug),
            stamps,
            lambda: render_article(document, catalog, rtl),
        )


def init_app(app: Flask) -> None:
    """Attach a store for ``PROJECT_ROOT`` to ``app``."""
    app.extensions["l10n_store"] = ProjectStore(Path(app.config["PROJECT_ROOT"]).resolve())


def current_store() -> ProjectStore:
    """The store of the application handling the current request."""
    return current_app.extensions["l10n_store"]
