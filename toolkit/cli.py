"""The ``l10n`` command: a thin click layer over the library.

Each command parses its arguments, calls one library function and renders what
it returns. The library's own errors (``ToolkitError``) become ``PATH:LINE:
message`` on stderr with exit code 2; anything else is a bug and is allowed to
show its traceback.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from toolkit import __version__, pipeline
from toolkit.audit import audit_catalogs
from toolkit.checks import CHECKS
from toolkit.config import load_config
from toolkit.errors import ToolkitError
from toolkit.fileio import file_size, write_atomic
from toolkit.findings import Severity
from toolkit.glossary import read_csv, read_tbx, write_csv, write_tbx
from toolkit.locales import get_language
from toolkit.pofile import iter_po_file
from toolkit.project import Project
from toolkit.renderers import RENDERERS, format_table, github_annotations
from toolkit.stats import CatalogStats, catalog_stats

F = TypeVar("F", bound=Callable[..., Any])

#: Exit code for bad input or usage, as click uses for usage errors.
EXIT_BAD_INPUT = 2


def reports_errors(command: F) -> F:
    """Turn the library's errors into ``PATH:LINE: message`` and exit code 2."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except ToolkitError as error:
            click.echo(f"error: {error}" if error.path is None else str(error), err=True)
            sys.exit(EXIT_BAD_INPUT)

    return wrapper  # type: ignore[return-value]


def _project(ctx: click.Context) -> Project:
    return ctx.find_object(Project)  # type: ignore[return-value]


def _report(changes: list[pipeline.FileChange], verb: str, quiet: bool = False) -> None:
    if quiet:
        return
    for change in changes:
        click.echo(f"{verb if change.changed else 'unchanged'}: {change.path}")


def _exit_if_changed(changes: list[pipeline.FileChange], why: str) -> None:
    """For a ``--check`` run: name each file that would change; exit 1 if any, else 0."""
    changed = [c.path for c in changes if c.changed]
    for path in changed:
        click.echo(f"{path}: {why}", err=True)
    sys.exit(1 if changed else 0)


quiet_option = click.option(
    "-q", "--quiet", is_flag=True, help="Print only errors: no list of files, no progress bar."
)


@contextmanager
def _progress(
    paths: list[Path], quiet: bool, label: str = "checking"
) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on stderr over the bytes of ``paths``, when stderr is a terminal."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    total = sum(map(file_size, paths))
    with click.progressbar(length=total, label=label, file=sys.stderr) as bar:
        yield bar.update


def _po_paths(project: Project, paths: tuple[Path, ...]) -> list[Path]:
    if paths:
        return list(paths)
    return project.catalog_paths()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "-C",
    "--project",
    "root",
    type=click.Path(file_okay=False, path_type=Path),
    default=".",
    show_default=True,
    help="The project folder (holding source/ and locales/).",
)
@click.version_option(__version__, prog_name="l10n")
@click.pass_context
def cli(ctx: click.Context, root: Path) -> None:
    """Localize Markdown health articles through gettext catalogs."""
    ctx.obj = Project(root)


@cli.command()
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if a template is stale.")
@quiet_option
@click.pass_context
@reports_errors
def extract(ctx: click.Context, check: bool, quiet: bool) -> None:
    """Write locales/<slug>.pot from every source/<slug>.md."""
    changes = pipeline.extract(_project(ctx), check=check)
    if check:
        _exit_if_changed(changes, "stale, run 'l10n extract'")
    _report(changes, "written", quiet)


@cli.command()
@click.argument("language")
@quiet_option
@click.pass_context
@reports_errors
def init(ctx: click.Context, language: str, quiet: bool) -> None:
    """Start catalogs for LANGUAGE (a gettext code such as fr, pt_BR, zh_CN)."""
    _report(pipeline.init(_project(ctx), language), "created", quiet)


@cli.command()
@click.option(
    "--glossary-hints",
    is_flag=True,
    help="Add a '#. glossary: …' comment with the approved terms to each entry.",
)
@click.option(
    "--glossary",
    "glossary_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="TBX glossary for the hints (default: locales/glossary.tbx).",
)
@quiet_option
@click.pass_context
@reports_errors
def update(
    ctx: click.Context, glossary_hints: bool, glossary_path: Path | None, quiet: bool
) -> None:
    """Merge every template into every language's catalogs, keeping all translations."""
    project = _project(ctx)
    glossary = read_tbx(glossary_path or project.glossary_path) if glossary_hints else None
    catalogs = [path for _, _, path in pipeline.catalogs_to_update(project)]
    with _progress(catalogs, quiet, "updating") as progress:
        changes = pipeline.update(project, glossary, progress)
    _report(changes, "updated", quiet)


@cli.command(name="compile")
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--use-fuzzy", is_flag=True, help="Include fuzzy translations, as msgfmt -f does.")
@quiet_option
@click.pass_context
@reports_errors
def compile_command(
    ctx: click.Context, paths: tuple[Path, ...], use_fuzzy: bool, quiet: bool
) -> None:
    """Write a .mo beside each PO file (all of the project's without PATHS)."""
    project = _project(ctx)
    catalogs = _po_paths(project, paths)
    with _progress(catalogs, quiet, "compiling") as progress:
        changes = pipeline.compile_catalogs(catalogs, project, use_fuzzy, progress)
    _report(changes, "compiled", quiet)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
)
@click.pass_context
@reports_errors
def stats(ctx: click.Context, paths: tuple[Path, ...], output_format: str) -> None:
    """Count translated, fuzzy, untranslated and obsolete entries and their words."""
    project = _project(ctx)
    results = [
        catalog_stats(iter_po_file(path), project.relative(path))
        for path in _po_paths(project, paths)
    ]
    if output_format == "json":
        click.echo(
            json.dumps({"files": [s.as_dict() for s in results]}, indent=2, ensure_ascii=False)
        )
    else:
        click.echo(render_stats_table(results))


def render_stats_table(results: list[CatalogStats]) -> str:
    """A plain-text table of statistics, one row per file."""
    headings = (
        "file",
        "language",
        "total",
        "transl.",
        "fuzzy",
        "untransl.",
        "obsolete",
        "words",
        "done",
    )
    rows = [
        (
            s.path,
            s.language or "-",
            str(s.total),
            str(s.translated),
            str(s.fuzzy),
            str(s.untranslated),
            str(s.obsolete),
            f"{s.words['translated']}/{s.words['total']}",
            f"{s.percent_translated:.0f}%",
        )
        for s in results
    ]
    return format_table([headings, *rows])


@cli.command(name="format")
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--check", is_flag=True, help="Write nothing; list files that would change, exit 1.")
@quiet_option
@click.pass_context
@reports_errors
def format_command(ctx: click.Context, paths: tuple[Path, ...], check: bool, quiet: bool) -> None:
    """Rewrite PO/POT files in GNU gettext's canonical layout (as msgcat writes them)."""
    with _progress(list(paths), quiet, "formatting") as progress:
        changes = pipeline.format_files(list(paths), _project(ctx), check, progress)
    if check:
        _exit_if_changed(changes, "would be reformatted")
    _report(changes, "formatted", quiet)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--glossary",
    "glossary_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="TBX glossary (default: locales/glossary.tbx when present).",
)
@click.option("--lang", "language", help="Language of the PATHS, overriding their headers.")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(sorted(RENDERERS)),
    default="text",
    show_default=True,
)
@click.option(
    "--min-complete",
    type=click.FloatRange(0, 100),
    help="Fail when a catalog has fewer entries translated (percent).",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1, 64),
    help="Worker processes (default: one per core when there are many files).",
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info"]),
    help="Fail on findings of this severity or worse (default: error).",
)
@quiet_option
@click.pass_context
@reports_errors
def check(
    ctx: click.Context,
    paths: tuple[Path, ...],
    glossary_path: Path | None,
    language: str | None,
    output_format: str,
    min_complete: float | None,
    jobs: int | None,
    fail_on: str | None,
    quiet: bool,
) -> None:
    """Check catalogs for completeness, integrity and medical terminology.

    A long run on a terminal shows a progress bar on stderr (not with --quiet).
    """
    project = _project(ctx)
    config = load_config(project.root)
    overrides: dict[str, object] = {}
    if min_complete is not None:
        overrides["min_complete"] = min_complete
        overrides["min_complete_per_language"] = {}
    if fail_on is not None:
        overrides["fail_on"] = Severity.parse(fail_on)
    config = replace(config, **overrides)
    if glossary_path is None and project.glossary_path.exists():
        glossary_path = project.glossary_path
    glossary = read_tbx(glossary_path) if glossary_path else None
    targets = [(p, project.relative(p)) for p in _po_paths(project, paths)]
    with _progress([path for path, _ in targets], quiet) as progress:
        audit = audit_catalogs(targets, config, glossary, language, jobs, progress)
    click.echo(RENDERERS[output_format](audit))
    if output_format == "text" and os.environ.get("GITHUB_ACTIONS") == "true" and audit.findings:
        click.echo(github_annotations(audit))
    sys.exit(0 if audit.passed else 1)


@cli.command(name="preview")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (loopback: only this computer can connect).",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=5000,
    show_default=True,
    help="Port to listen on (0: any free port).",
)
@click.pass_context
@reports_errors
def preview_command(ctx: click.Context, host: str, port: int) -> None:
    """Serve every article in every language, read live from the PO files."""
    from waitress import create_server

    from preview import create_app

    root = _project(ctx).root.resolve()
    Project(root).documents()  # a broken article is reported now, not on the first page
    app = create_app({"PROJECT_ROOT": str(root)})
    try:
        server = create_server(app, host=host, port=port, threads=8)
    except OSError as error:
        raise click.ClickException(f"cannot listen on {host}:{port}: {error.strerror}") from None
    shown_host = f"[{host}]" if ":" in host else host
    click.echo(f"Previewing {root} at http://{shown_host}:{server.effective_port}/ (Ctrl+C stops)")
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


@cli.command(name="build")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write the site into (default: dist/ in the project).",
)
@click.option(
    "--include-incomplete",
    is_flag=True,
    help="Also publish languages with untranslated or fuzzy entries (shown in English).",
)
@click.option(
    "--base-url",
    default="",
    help="The site's public address (https://…/), to make the sitemap's URLs absolute.",
)
@click.pass_context
@reports_errors
def build_command(
    ctx: click.Context, out: Path | None, include_incomplete: bool, base_url: str
) -> None:
    """Write the static site: every complete language, a sitemap and the shared assets."""
    from preview.site import build

    project = _project(ctx)
    with pipeline.project_locked(project):
        result = build(project.root, out or project.root / "dist", include_incomplete, base_url)
    _report(list(result.changes), "written")
    for skipped in result.skipped:
        click.echo(f"skipped: {skipped.language}/{skipped.slug} ({skipped.reason})")
    for path in result.removed:
        click.echo(f"removed: {path}")


@cli.group()
def glossary() -> None:
    """Read the TBX glossary: list concepts, show a language's terms, convert to/from CSV."""


@glossary.command(name="list")
@click.argument("path", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
@reports_errors
def glossary_list(ctx: click.Context, path: Path | None) -> None:
    """List the concepts of the glossary (default: locales/glossary.tbx)."""
    terms = read_tbx(path or _project(ctx).glossary_path)
    rows = [("concept", "subject field", "English", "languages")]
    for concept in terms.concepts:
        english = " / ".join(t.text for t in concept.terms_in("en"))
        languages = "do not translate" if concept.do_not_translate else " ".join(concept.languages)
        rows.append((concept.id, concept.subject_field or "-", english, languages))
    click.echo(format_table(rows, text_columns=4))


@glossary.command(name="show")
@click.argument("language")
@click.argument("path", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
@reports_errors
def glossary_show(ctx: click.Context, language: str, path: Path | None) -> None:
    """Show each concept's English terms and LANGUAGE's terms with their status."""
    terms = read_tbx(path or _project(ctx).glossary_path)
    code = terms.match_language(get_language(language).code)
    if code is None:
        raise ToolkitError(f"the glossary has no terms in {language}", path or "glossary")
    rows = [("concept", "English", language, "status")]
    for concept in terms.concepts:
        english = " / ".join(t.text for t in concept.terms_in("en"))
        targets = concept.terms_in(code) or ()
        if concept.do_not_translate:
            rows.append((concept.id, english, english, "do not translate"))
        for term in targets:
            rows.append((concept.id, english, term.text, term.status or "-"))
    click.echo(format_table(rows, text_columns=4))


@glossary.command(name="convert")
@click.argument("source", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("target", type=click.Path(dir_okay=False, path_type=Path))
@reports_errors
def glossary_convert(source: Path, target: Path) -> None:
    """Convert SOURCE to TARGET, TBX to CSV or CSV to TBX (by file extension)."""
    readers = {".tbx": read_tbx, ".csv": read_csv}
    writers = {".tbx": write_tbx, ".csv": lambda g: write_csv(g).encode("utf-8")}
    if source.suffix not in readers or target.suffix not in writers:
        raise ToolkitError("convert between .tbx and .csv files", source)
    write_atomic(target, writers[target.suffix](readers[source.suffix](source)))
    click.echo(f"written: {target}")


@cli.command()
def checks() -> None:
    """List every check with its id, default severity and description."""
    rows = [("id", "severity", "description")]
    rows += [(c.id, str(c.severity), c.description()) for c in CHECKS]
    click.echo(format_table(rows, text_columns=3))


def main() -> None:
    """Entry point of the ``l10n`` console script."""
    cli(prog_name="l10n")
