"""Where a project keeps its articles and catalogs.

The layout is gettext's own, so every PO tool finds its way around::

    source/<slug>.md                          the articles, in English
    locales/<slug>.pot                        one template per article
    locales/<lang>/LC_MESSAGES/<slug>.po      one catalog per article and language
    locales/glossary.tbx                      the approved terminology

Nothing here assumes a single article or a fixed set of languages: both are
whatever the folders hold.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from toolkit.document import Document, read_document


@dataclass(frozen=True)
class Project:
    """A project folder and the paths of its files."""

    root: Path

    @property
    def source_dir(self) -> Path:
        return self.root / "source"

    @property
    def locales_dir(self) -> Path:
        return self.root / "locales"

    @property
    def glossary_path(self) -> Path:
        return self.locales_dir / "glossary.tbx"

    def relative(self, path: Path) -> str:
        """``path`` as references and messages show it: relative, with slashes."""
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return str(path)

    def source_paths(self) -> list[Path]:
        return sorted(self.source_dir.glob("*.md"))

    def documents(self) -> list[Document]:
        return [read_document(p, self.relative(p)) for p in self.source_paths()]

    def template_path(self, slug: str) -> Path:
        return self.locales_dir / f"{slug}.pot"

    def template_paths(self) -> list[Path]:
        return sorted(self.locales_dir.glob("*.pot"))

    def catalog_path(self, language: str, slug: str) -> Path:
        return self.locales_dir / language / "LC_MESSAGES" / f"{slug}.po"

    def languages(self) -> list[str]:
        """Every language that has a catalog folder, in code order."""
        if not self.locales_dir.is_dir():
            return []
        return sorted(d.name for d in self.locales_dir.iterdir() if (d / "LC_MESSAGES").is_dir())

    def catalog_paths(self, language: str | None = None) -> list[Path]:
        """Every PO file of the project, or of one language."""
        languages = [language] if language else self.languages()
        return [
            path
            for code in languages
            for path in sorted((self.locales_dir / code / "LC_MESSAGES").glob("*.po"))
        ]

    @staticmethod
    def slug_of(path: Path) -> str:
        return path.stem
