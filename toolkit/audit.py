"""``l10n check`` as a library call: catalogs in, findings and statistics out.

Reading, checking and deciding the verdict live here so that the command line,
the preview and tests share one path; rendering the result is the renderers'
business.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import chain, repeat
from pathlib import Path

from toolkit.catalog import Catalog, Message
from toolkit.checks import CheckResult, run_checks
from toolkit.checks.base import CheckContext
from toolkit.collector import (
    collect_less_often,
    collecting_less_often,
    set_aside_long_lived,
)
from toolkit.config import Config
from toolkit.errors import LocaleError
from toolkit.fileio import file_size
from toolkit.findings import Finding, Severity
from toolkit.glossary import Glossary
from toolkit.locales import Language, get_language
from toolkit.pofile import header_language, iter_po_file
from toolkit.stats import CatalogStats, StatsCounter
from toolkit.terms import TermMatcher


@dataclass(frozen=True)
class FileAudit:
    """One catalog's statistics and check result."""

    path: str
    language: str | None
    stats: CatalogStats
    result: CheckResult
    threshold: float

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.result.findings

    @property
    def complete_enough(self) -> bool:
        return self.stats.percent_translated >= self.threshold


@dataclass(frozen=True)
class Audit:
    """The outcome of checking a set of catalogs."""

    files: tuple[FileAudit, ...]
    fail_on: Severity

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(f for audit in self.files for f in audit.findings)

    @property
    def passed(self) -> bool:
        """No finding at or above ``fail_on`` and every catalog complete enough."""
        return all(
            (audit.result.worst or 0) < self.fail_on and audit.complete_enough
            for audit in self.files
        )


def _language(code: str | None) -> Language | None:
    if not code:
        return None
    try:
        return get_language(code)
    except LocaleError:
        return None  # the header check reports it


def audit_catalog(
    path: Path,
    shown_path: str,
    config: Config,
    terms: TermMatcher | None = None,
    language_override: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> FileAudit:
    """Check one PO file; ``terms`` serves every language, so one matcher does for all files.

    The file is read as a stream, checked and counted in one pass, so memory
    does not grow with its size; ``progress`` is told the bytes read.
    """
    return audit_messages(
        iter_po_file(path, progress), shown_path, config, terms, language_override
    )


def audit_messages(
    messages: Iterable[Message],
    shown_path: str,
    config: Config,
    terms: TermMatcher | None = None,
    language_override: str | None = None,
) -> FileAudit:
    """Check a catalog's messages, header first: a stream, or a catalog already parsed."""
    stream = iter(messages)
    first = next(stream, None)
    head = Catalog((first,)) if first is not None else Catalog(())
    code = language_override or head.language
    language = _language(code)
    context = CheckContext(language=language, terms=terms if language else None)
    counter = StatsCounter()
    counted = counter.count(chain(head.messages, stream))
    result = run_checks(counted, context, shown_path, config.checks, config.severities)
    return FileAudit(
        path=shown_path,
        language=code,
        stats=counter.stats(shown_path),
        result=result,
        threshold=config.threshold(code),
    )


#: The term matcher of a worker process, built once per process by ``_start_worker``.
_worker_terms: TermMatcher | None = None


def _start_worker(glossary: Glossary | None) -> None:
    global _worker_terms
    _worker_terms = TermMatcher(glossary, "en") if glossary else None
    collect_less_often()  # for the worker's life: it only checks


def _audit_batch(
    batch: list[tuple[Path, str]],
    config: Config,
    terms: TermMatcher | None,
    language_override: str | None,
    progress: Callable[[int], None] | None = None,
) -> list[FileAudit]:
    audits = []
    for path, shown in batch:
        set_aside_long_lived()  # the matcher, and dictionaries loaded for earlier catalogs
        audits.append(audit_catalog(path, shown, config, terms, language_override, progress))
    return audits


def _audit_in_worker(
    batch: list[tuple[Path, str]], config: Config, language_override: str | None
) -> list[FileAudit]:
    return _audit_batch(batch, config, _worker_terms, language_override)


#: Batches per worker, at least: small enough that no worker is left alone with a
#: big one at the end, large enough to hold a language's catalogs.
_BATCHES_PER_JOB = 16


def _batches(sizes: list[int], languages: list[str | None], jobs: int) -> list[list[int]]:
    """Indexes of the catalogs, in batches for the workers, the largest batches first.

    A language's catalogs go together, so that its data (CLDR symbols, units,
    stemmers, the glossary's automaton) is built by one worker, not by each;
    a batch holds at most a ``jobs * _BATCHES_PER_JOB``-th of all the bytes,
    so a project in one language still spreads over every worker.
    """
    limit = max(1, sum(sizes) // (jobs * _BATCHES_PER_JOB))
    by_language: dict[str | None, list[int]] = {}
    for index, language in enumerate(languages):
        by_language.setdefault(language, []).append(index)
    batches: list[list[int]] = []
    for members in by_language.values():
        batch: list[int] = []
        total = 0
        for index in sorted(members, key=lambda i: -sizes[i]):
            if batch and total + sizes[index] > limit:
                batches.append(batch)
                batch, total = [], 0
            batch.append(index)
            total += sizes[index]
        batches.append(batch)
    return sorted(batches, key=lambda batch: -sum(sizes[i] for i in batch))


def default_jobs(files: int) -> int:
    """Worker processes for ``files`` catalogs: one per core, none for a handful of files."""
    return 1 if files < 4 else max(1, min(os.cpu_count() or 1, 8, files // 2))


def audit_catalogs(
    paths: list[tuple[Path, str]],
    config: Config,
    glossary: Glossary | None = None,
    language_override: str | None = None,
    jobs: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> Audit:
    """Check every ``(path, shown path)``; all are read before any verdict.

    Catalogs are independent, so many of them are checked in ``jobs`` worker
    processes (default: one per core); the result keeps the order of ``paths``.
    ``progress`` is told how many bytes of the files have been checked.
    """
    if language_override:
        get_language(language_override)
    jobs = jobs or default_jobs(len(paths))
    if jobs <= 1:
        terms = TermMatcher(glossary, "en") if glossary else None
        with collecting_less_often():
            audits = _audit_batch(paths, config, terms, language_override, progress)
        return Audit(tuple(audits), config.fail_on)
    sizes = [file_size(path) for path, _ in paths]
    languages = [language_override or header_language(path) for path, _ in paths]
    batches = _batches(sizes, languages, jobs)
    audits: list[FileAudit | None] = [None] * len(paths)
    with ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(glossary,)) as pool:
        results = pool.map(
            _audit_in_worker,
            [[paths[i] for i in batch] for batch in batches],
            repeat(config),
            repeat(language_override),
        )
        for batch, batch_audits in zip(batches, results, strict=True):
            for index, audit in zip(batch, batch_audits, strict=True):
                audits[index] = audit
                if progress is not None:
                    progress(sizes[index])
    return Audit(tuple(a for a in audits if a is not None), config.fail_on)
