"""The project-level steps: extract, init, update, compile, format.

Each step reads every input first and only then writes, one file at a time and
atomically, so bad input anywhere leaves every file as it was. A step that
writes holds the project's lock file (``locales/.l10n.lock``) from its first
read to its last write, so two ``l10n`` runs never interleave. Each returns what
it did (``FileChange`` per file) for the command line to report.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import partial, wraps
from inspect import signature
from pathlib import Path
from typing import TypeVar

from toolkit.catalog import Catalog
from toolkit.checks import compile_blockers
from toolkit.errors import ToolkitError
from toolkit.extract import extract_from_document, keep_creation_date, now
from toolkit.fileio import file_size, project_lock, write_atomic
from toolkit.glossary import Glossary
from toolkit.locales import get_language
from toolkit.merge import init_catalog, merge_catalog, with_glossary_hints
from toolkit.mofile import write_mo
from toolkit.pofile import read_po_file, write_po
from toolkit.project import Project
from toolkit.terms import TermMatcher, glossary_hint


@dataclass(frozen=True)
class FileChange:
    """One file a step wrote, or would write, or left alone."""

    path: str
    changed: bool


#: Told how many bytes of the inputs a step has dealt with, for a progress bar.
Progress = Callable[[int], None] | None


def _read_optional(path: Path) -> Catalog | None:
    return read_po_file(path) if path.exists() else None


def _read(path: Path, progress: Progress) -> Catalog:
    catalog = read_po_file(path)
    if progress is not None:
        progress(file_size(path))
    return catalog


F = TypeVar("F", bound=Callable[..., list[FileChange]])


def project_locked(project: Project) -> AbstractContextManager[Path]:
    """Hold the project's lock: no ``l10n`` step writes the project meanwhile.

    The lock lives in ``locales/`` (in the project folder when there is none).
    Writing steps hold it; ``build`` holds it too, so the site it writes is of
    one moment, not half before and half after an ``update``.
    """
    return project_lock(project.locales_dir if project.locales_dir.is_dir() else project.root)


def _holds_lock(step: F) -> F:
    """Run ``step`` holding the project's lock, unless it only checks (``check=True``)."""
    parameters = signature(step)

    @wraps(step)
    def locked(*args: object, **kwargs: object) -> list[FileChange]:
        arguments = parameters.bind(*args, **kwargs).arguments
        if arguments.get("check"):
            return step(*args, **kwargs)
        project: Project = arguments["project"]  # type: ignore[assignment]
        with project_locked(project):
            return step(*args, **kwargs)

    return locked  # type: ignore[return-value]


def _write_all(planned: list[tuple[Path, bytes]], project: Project) -> list[FileChange]:
    return [FileChange(project.relative(path), write_atomic(path, data)) for path, data in planned]


@_holds_lock
def extract(project: Project, check: bool = False) -> list[FileChange]:
    """Write (or, with ``check``, compare) the template of every source article.

    A template whose entries are unchanged keeps its bytes and its creation
    date; with ``check`` nothing is written and ``changed`` says which
    templates are stale.
    """
    planned: list[tuple[Path, bytes]] = []
    created = now()
    slugs: dict[str, str] = {}
    for document in project.documents():
        if document.slug in slugs:
            raise ToolkitError(
                f"slug {document.slug!r} is also used by {slugs[document.slug]}", document.path, 1
            )
        slugs[document.slug] = document.path
        path = project.template_path(document.slug)
        fresh = extract_from_document(document, created)
        template = keep_creation_date(fresh, _read_optional(path))
        planned.append((path, write_po(template)))
    if check:
        return [
            FileChange(project.relative(path), not path.exists() or path.read_bytes() != data)
            for path, data in planned
        ]
    return _write_all(planned, project)


@_holds_lock
def init(project: Project, code: str) -> list[FileChange]:
    """Start catalogs for a new language, one per template.

    A catalog that already exists is refused, not overwritten: it may hold a
    translator's work.
    """
    language = get_language(code)
    templates = project.template_paths()
    if not templates:
        raise ToolkitError(
            "no template found: run 'l10n extract' first", project.relative(project.locales_dir)
        )
    planned = []
    for template_path in templates:
        path = project.catalog_path(language.code, template_path.stem)
        if path.exists():
            raise ToolkitError(
                "already exists; use 'l10n update' to bring it up to date", project.relative(path)
            )
        catalog = init_catalog(read_po_file(template_path), language, now())
        planned.append((path, write_po(catalog)))
    return _write_all(planned, project)


def catalogs_to_update(project: Project) -> list[tuple[str, str, Path]]:
    """``(language, slug, path)`` of every catalog ``update`` rewrites, in its order.

    That is every existing catalog that has a template.
    """
    slugs = [path.stem for path in project.template_paths()]
    return [
        (language, slug, path)
        for language in project.languages()
        for slug in slugs
        if (path := project.catalog_path(language, slug)).exists()
    ]


@_holds_lock
def update(
    project: Project, glossary: Glossary | None = None, progress: Progress = None
) -> list[FileChange]:
    """Merge every template into every catalog of every language.

    With a ``glossary``, each entry also gets a ``#. glossary: …`` hint naming
    the approved translations of the terms its source holds. ``progress`` is
    told the bytes of each catalog once it is merged.
    """
    templates = {p.stem: read_po_file(p) for p in project.template_paths()}
    matcher = TermMatcher(glossary, "en") if glossary is not None else None
    planned = []
    for language, slug, path in catalogs_to_update(project):
        catalog = _read(path, progress)
        nplurals = catalog.nplurals or get_language(catalog.language or language).nplurals
        merged = merge_catalog(catalog, templates[slug], nplurals)
        if matcher is not None:
            hint = partial(glossary_hint, matcher=matcher, target_language=language)
            merged = with_glossary_hints(merged, hint)
        planned.append((path, write_po(merged)))
    return _write_all(planned, project)


@_holds_lock
def compile_catalogs(
    paths: list[Path], project: Project, use_fuzzy: bool = False, progress: Progress = None
) -> list[FileChange]:
    """Write a ``.mo`` beside each PO file; a catalog with errors gets none."""
    planned = []
    for path in paths:
        catalog = _read(path, progress)
        blockers = compile_blockers(catalog)
        if blockers:
            first = blockers[0]
            raise ToolkitError(
                f"{first.message} [{first.check}] (and {len(blockers) - 1} more)"
                if len(blockers) > 1
                else f"{first.message} [{first.check}]",
                project.relative(path),
                first.line,
            )
        planned.append((path.with_suffix(".mo"), write_mo(catalog, use_fuzzy)))
    return _write_all(planned, project)


@_holds_lock
def format_files(
    paths: list[Path], project: Project, check: bool = False, progress: Progress = None
) -> list[FileChange]:
    """Rewrite PO/POT files in gettext's canonical layout (or report which would change)."""
    planned = [(path, write_po(_read(path, progress))) for path in paths]
    if check:
        return [FileChange(project.relative(p), p.read_bytes() != data) for p, data in planned]
    return _write_all(planned, project)
