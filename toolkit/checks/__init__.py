"""The registry of checks and the runner that applies them to a catalog.

The registry is one explicit tuple: reading it tells every check there is, and
ids are verified unique when the module is imported. Severity is data, so
configuration can override it without subclassing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import chain

from toolkit.catalog import Catalog, Message
from toolkit.checks.base import Check, CheckContext, PairCheck, translation_pairs
from toolkit.checks.completeness import Fuzzy, Untranslated
from toolkit.checks.fuzzy_risk import FuzzyRisk
from toolkit.checks.header import Header
from toolkit.checks.markup import MarkupMismatch, UrlMismatch
from toolkit.checks.negation import NegationMismatch
from toolkit.checks.numbers import NumberMismatch
from toolkit.checks.placeholders import NewlineMismatch, PlaceholderMismatch
from toolkit.checks.plurals import PluralCount
from toolkit.checks.punctuation import (
    DoubleSpace,
    EndPunctuation,
    LeadingWhitespace,
    TrailingWhitespace,
)
from toolkit.checks.sentences import SentenceMissing
from toolkit.checks.terminology import (
    TermDoNotTranslate,
    TermForbidden,
    TermInconsistent,
    TermMissing,
)
from toolkit.findings import Finding, Severity

CHECKS: tuple[type[Check], ...] = (
    # Completeness: is everything translated, and for sure?
    Untranslated,
    Fuzzy,
    FuzzyRisk,
    # Integrity: would a program or a reader get something broken or wrong?
    Header,
    PluralCount,
    PlaceholderMismatch,
    NewlineMismatch,
    UrlMismatch,
    MarkupMismatch,
    NumberMismatch,
    NegationMismatch,
    SentenceMissing,
    # Terminology: the glossary's approved medical terms, and only those.
    TermMissing,
    TermForbidden,
    TermDoNotTranslate,
    TermInconsistent,
    # Typography, as translate-toolkit's pofilter knows it.
    LeadingWhitespace,
    TrailingWhitespace,
    DoubleSpace,
    EndPunctuation,
)


def _index(checks: Iterable[type[Check]]) -> dict[str, type[Check]]:
    index: dict[str, type[Check]] = {}
    for check in checks:
        if check.id in index:
            raise RuntimeError(f"two checks share the id {check.id!r}")
        index[check.id] = check
    return index


CHECKS_BY_ID = _index(CHECKS)


def get_check(check_id: str) -> type[Check]:
    """The check with ``check_id``; ``KeyError`` naming the known ids otherwise."""
    try:
        return CHECKS_BY_ID[check_id]
    except KeyError:
        known = ", ".join(CHECKS_BY_ID)
        raise KeyError(f"unknown check {check_id!r} (known: {known})") from None


#: Findings kept per file; beyond it they are only counted, by check and severity, so
#: checking a huge file with a systematic problem does not hold millions of them.
FINDINGS_LIMIT = 10_000


@dataclass(frozen=True)
class CheckResult:
    """The findings of one catalog, and how many a translator silenced with flags.

    Past ``FINDINGS_LIMIT`` findings are counted in ``omitted_by_check``, not
    kept; ``omitted_worst`` is the worst severity among them.
    """

    findings: tuple[Finding, ...]
    silenced: int = 0
    silenced_by_check: dict[str, int] = field(default_factory=dict)
    omitted_by_check: dict[str, int] = field(default_factory=dict)
    omitted_worst: Severity | None = None

    @property
    def omitted(self) -> int:
        return sum(self.omitted_by_check.values())

    @property
    def worst(self) -> Severity | None:
        """The worst severity of every finding, kept or omitted."""
        severities = [f.severity for f in self.findings]
        if self.omitted_worst is not None:
            severities.append(self.omitted_worst)
        return max(severities, default=None)


def _compares_pairs(check: PairCheck) -> bool:
    """Whether ``check`` looks at an entry only through ``problems``, pair by pair."""
    return type(check).check_message is PairCheck.check_message


def run_checks(
    catalog: Catalog | Iterable[Message],
    context: CheckContext,
    path: str,
    checks: Iterable[type[Check]] = CHECKS,
    severities: dict[str, Severity] | None = None,
    limit: int = FINDINGS_LIMIT,
) -> CheckResult:
    """Apply ``checks`` to every live entry of ``catalog``.

    ``catalog`` may be a stream of messages, header first (``iter_po_file``):
    it is read once, and catalog-level checks keep only their ``tally``.
    """
    severities = severities or {}
    findings: list[Finding] = []
    silenced: dict[str, int] = {}
    omitted: dict[str, int] = {}
    omitted_worst: list[Severity] = []
    instances = [check() for check in checks]
    per_message = [c for c in instances if type(c).check_message is not Check.check_message]
    per_catalog = [
        c
        for c in instances
        if type(c).check_catalog is not Check.check_catalog or type(c).tally is not Check.tally
    ]
    stream = iter(catalog.messages if isinstance(catalog, Catalog) else catalog)
    first = next(stream, None)
    header = first if first is not None and first.is_header else None
    if first is not None and header is None:
        stream = chain((first,), stream)
    tallies = [
        (c, c.tally(Catalog((header,) if header else (), path=path), context)) for c in per_catalog
    ]

    def add(check: Check, message: Message | None, text: str) -> None:
        if message is not None and check.ignore_flag() in message.flags:
            silenced[check.id] = silenced.get(check.id, 0) + 1
            return
        severity = severities.get(check.id, check.severity)
        if len(findings) >= limit:
            omitted[check.id] = omitted.get(check.id, 0) + 1
            omitted_worst[:] = [max([severity, *omitted_worst])]
            return
        findings.append(
            Finding(
                check=check.id,
                severity=severity,
                path=path,
                # The translation's line, as msgfmt reports it: where the fix goes.
                line=(message.msgstr_line or message.line) if message is not None else 1,
                message=text,
                msgid=message.msgid if message is not None else None,
                msgctxt=message.msgctxt if message is not None else None,
            )
        )

    # Which entries a check looks at is decided from its attributes, once per entry,
    # unless the check decides for itself (applies_to overridden).
    plain = [c for c in per_message if type(c).applies_to is Check.applies_to]
    custom = [c for c in per_message if type(c).applies_to is not Check.applies_to]
    # (untranslated, fuzzy) -> the plain checks that look at such an entry: those that
    # compare each translation with its source through ``problems``, and the others.
    # The pairs are made once per entry for all the comparing ones.
    looking: dict[tuple[bool, bool], tuple[list[Check], list[PairCheck]]] = {}
    for untranslated in (False, True):
        for fuzzy in (False, True):
            looks = [
                c
                for c in plain
                if not (untranslated and c.skip_untranslated) and not (fuzzy and c.skip_fuzzy)
            ]
            comparing = [c for c in looks if isinstance(c, PairCheck) and _compares_pairs(c)]
            others = [c for c in looks if c not in comparing]
            looking[untranslated, fuzzy] = (others, comparing)
    code = context.code
    for message in stream:
        if message.obsolete or message.is_header:
            continue
        for check, tally in tallies:
            for problem, text in tally.add(message):
                add(check, problem, text)
        others, comparing = looking[not message.has_translation, message.fuzzy]
        for check in others:
            for text in check.check_message(message, context):
                add(check, message, text)
        if comparing:
            for source, translation, where in translation_pairs(message):
                for check in comparing:
                    for problem in check.problems(source, translation, code):
                        add(check, message, where + problem)
        for check in custom:
            if check.applies_to(message):
                for text in check.check_message(message, context):
                    add(check, message, text)
    for check, tally in tallies:
        for message, text in tally.finish():
            add(check, message, text)
    findings.sort(key=lambda f: (f.line, -f.severity, f.check))
    return CheckResult(
        tuple(findings),
        sum(silenced.values()),
        silenced,
        omitted,
        omitted_worst[0] if omitted_worst else None,
    )


def compile_blockers(catalog: Catalog, path: str = "") -> list[Finding]:
    """Findings that would make ``msgfmt -c`` refuse the catalog."""
    blocking = [check for check in CHECKS if check.blocks_compile]
    return list(run_checks(catalog, CheckContext(), path or catalog.path or "", blocking).findings)
