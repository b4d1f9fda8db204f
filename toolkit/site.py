"""The publishable site: which pages to build, the sitemap, and writing it reproducibly.

``l10n build`` publishes every article in English and in each language whose
catalog is complete (every entry translated, none fuzzy: a reader must never
meet a stale dose), incomplete ones only when asked. The layout serves from
any static server and opens from disk::

    index.html                  sends the reader to their language
    <lang>/index.html           the articles of one language
    <lang>/<slug>/index.html    one article in one language
    assets/...                  the stylesheet and the language chooser
    sitemap.xml                 every page with its hreflang alternates

This module decides and writes; how a page looks is the renderer's business
(the preview's templates, see ``preview.site``), passed in as a
``SiteRenderer`` so the library never imports the web app. Every file is
rendered before the first is written, and written with ``write_atomic``:
unchanged input gives byte-identical files that keep their modification time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from xml.sax.saxutils import quoteattr

from toolkit.fileio import write_atomic
from toolkit.locales import SOURCE_LANGUAGE, get_language
from toolkit.pipeline import FileChange
from toolkit.pofile import read_po_file
from toolkit.project import Project
from toolkit.stats import catalog_stats

_SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
_XHTML_NS = "http://www.w3.org/1999/xhtml"


@dataclass(frozen=True)
class SitePage:
    """One article in one language."""

    language: str
    slug: str

    @property
    def url(self) -> str:
        """The page's address relative to the site root (a folder: ``fr/ketamine/``)."""
        return f"{self.language}/{self.slug}/"

    @property
    def path(self) -> str:
        return f"{self.url}index.html"


@dataclass(frozen=True)
class Skipped:
    """A language left out of the site for one article, and why."""

    language: str
    slug: str
    reason: str


@dataclass(frozen=True)
class SitePlan:
    """The pages to publish, in article then language order (English first)."""

    pages: tuple[SitePage, ...]
    skipped: tuple[Skipped, ...]

    @property
    def slugs(self) -> list[str]:
        return list(dict.fromkeys(page.slug for page in self.pages))

    @property
    def languages(self) -> list[str]:
        """Every language with at least one published page, English first."""
        found = dict.fromkeys(page.language for page in self.pages)
        return [SOURCE_LANGUAGE, *sorted(code for code in found if code != SOURCE_LANGUAGE)]

    def languages_of(self, slug: str) -> list[str]:
        """The languages ``slug`` is published in, English first."""
        return [page.language for page in self.pages if page.slug == slug]

    def slugs_in(self, language: str) -> list[str]:
        return [page.slug for page in self.pages if page.language == language]


def plan_site(project: Project, include_incomplete: bool = False) -> SitePlan:
    """Which article pages to publish: English, and every complete translation.

    A catalog is complete when every entry is translated and none is fuzzy.
    With ``include_incomplete`` every existing catalog is published, its
    missing passages shown in English.
    """
    pages: list[SitePage] = []
    skipped: list[Skipped] = []
    for document in project.documents():
        pages.append(SitePage(SOURCE_LANGUAGE, document.slug))
        for code in project.languages():
            get_language(code)  # an unknown folder name is an error, not a silent skip
            path = project.catalog_path(code, document.slug)
            if not path.exists():
                skipped.append(Skipped(code, document.slug, "no catalog"))
                continue
            stats = catalog_stats(read_po_file(path), project.relative(path))
            complete = stats.untranslated == 0 and stats.fuzzy == 0
            if complete or include_incomplete:
                pages.append(SitePage(code, document.slug))
            else:
                skipped.append(
                    Skipped(
                        code,
                        document.slug,
                        f"{stats.percent_translated:.0f}% translated, {stats.fuzzy} fuzzy, "
                        f"{stats.untranslated} untranslated",
                    )
                )
    return SitePlan(tuple(pages), tuple(skipped))


def site_base(base_url: str) -> str:
    """``base_url`` as a prefix for page addresses: empty, or ending with one slash."""
    return base_url.rstrip("/") + "/" if base_url else ""


def render_sitemap(plan: SitePlan, base_url: str = "") -> bytes:
    """``sitemap.xml``: every page, each with its language alternates and x-default (English).

    ``base_url`` (``https://example.org/health/``) makes the addresses
    absolute, as the sitemap protocol requires of a published site; without
    it they are relative to the site root.
    """
    base = site_base(base_url)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<urlset xmlns="{_SITEMAP_NS}" xmlns:xhtml="{_XHTML_NS}">',
    ]
    for page in plan.pages:
        lines.append("  <url>")
        lines.append(f"    <loc>{_escape(base + page.url)}</loc>")
        alternates = [
            (get_language(code).bcp47, SitePage(code, page.slug).url)
            for code in plan.languages_of(page.slug)
        ]
        alternates.append(("x-default", SitePage(SOURCE_LANGUAGE, page.slug).url))
        for hreflang, url in alternates:
            lines.append(
                f'    <xhtml:link rel="alternate" hreflang={quoteattr(hreflang)} '
                f"href={quoteattr(base + url)}/>"
            )
        lines.append("  </url>")
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SiteRenderer(Protocol):
    """What draws the site's pages; ``preview.site`` implements it with the preview's templates."""

    def article(self, plan: SitePlan, page: SitePage) -> bytes: ...

    def language_index(self, plan: SitePlan, language: str) -> bytes: ...

    def root_index(self, plan: SitePlan) -> bytes: ...

    def assets(self) -> dict[str, bytes]:
        """Shared files by their path in the site (``assets/site.css``)."""
        ...


@dataclass(frozen=True)
class SiteBuild:
    """What a build wrote, left out, and removed."""

    changes: tuple[FileChange, ...]
    skipped: tuple[Skipped, ...]
    removed: tuple[str, ...]


def render_site(plan: SitePlan, renderer: SiteRenderer, base_url: str = "") -> dict[str, bytes]:
    """Every file of the site by its path, rendered in memory."""
    files: dict[str, bytes] = {"index.html": renderer.root_index(plan)}
    for language in plan.languages:
        files[f"{language}/index.html"] = renderer.language_index(plan, language)
    for page in plan.pages:
        files[page.path] = renderer.article(plan, page)
    files.update(renderer.assets())
    files["sitemap.xml"] = render_sitemap(plan, base_url)
    return files


def build_site(
    project: Project,
    out: Path,
    renderer: SiteRenderer,
    include_incomplete: bool = False,
    base_url: str = "",
) -> SiteBuild:
    """Write the site into ``out``; pages of languages no longer published are removed."""
    plan = plan_site(project, include_incomplete)
    files = render_site(plan, renderer, base_url)
    stale = _stale_pages(project, plan, out)
    changes = tuple(
        FileChange(str(out / name), write_atomic(out / name, data))
        for name, data in sorted(files.items())
    )
    removed = []
    for path in stale:
        path.unlink()
        removed.append(str(path))
        _remove_empty(path.parent, out)
    return SiteBuild(changes, plan.skipped, tuple(removed))


def _stale_pages(project: Project, plan: SitePlan, out: Path) -> list[Path]:
    """Pages of this project an earlier build wrote that this one does not publish."""
    published = {page.path for page in plan.pages} | {
        f"{code}/index.html" for code in plan.languages
    }
    slugs = [document.slug for document in project.documents()]
    candidates: Iterable[str] = (
        path
        for code in [SOURCE_LANGUAGE, *project.languages()]
        for path in [f"{code}/index.html", *(f"{code}/{slug}/index.html" for slug in slugs)]
    )
    return [out / path for path in candidates if path not in published and (out / path).is_file()]


def _remove_empty(folder: Path, out: Path) -> None:
    while folder != out and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
