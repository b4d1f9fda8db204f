"""Ways to show an audit: text for people, JSON for scripts, JUnit and SARIF for CI.

The built-in renderers are registered in ``RENDERERS`` like any other would be;
the command line offers exactly the registry's names.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from xml.etree import ElementTree as ET

from toolkit import __version__
from toolkit.audit import Audit, FileAudit
from toolkit.checks import CHECKS_BY_ID
from toolkit.findings import Finding, Severity

Renderer = Callable[[Audit], str]


def _summary_rows(audit: Audit) -> list[tuple[str, ...]]:
    rows = [
        (
            "language",
            "file",
            "entries",
            "done",
            "words done",
            "fuzzy",
            "untransl.",
            "errors",
            "warnings",
        )
    ]
    for file in audit.files:
        counts = Counter(f.severity for f in file.findings)
        rows.append(
            (
                file.language or "-",
                file.path,
                str(file.stats.total),
                f"{file.stats.percent_translated:.1f}%",
                f"{file.stats.percent_words_translated:.1f}%",
                str(file.stats.fuzzy),
                str(file.stats.untranslated),
                str(counts[Severity.ERROR]),
                str(counts[Severity.WARNING]),
            )
        )
    return rows


def format_table(rows: list[tuple[str, ...]], text_columns: int = 2) -> str:
    """Rows as aligned columns: ``text_columns`` left-aligned, the rest (numbers) right."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(
            cell.ljust(w) if i < text_columns else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    )


def _file_failures(file: FileAudit) -> list[tuple[str, str]]:
    """What fails a file beyond its listed findings: ``(name, message)`` pairs."""
    failures = []
    if not file.complete_enough:
        failures.append(
            (
                "min-complete",
                f"{file.stats.percent_translated:.1f}% translated, "
                f"below the required {file.threshold:g}%",
            )
        )
    if file.result.omitted:
        detail = ", ".join(f"{k}: {v}" for k, v in sorted(file.result.omitted_by_check.items()))
        failures.append(
            (
                "not-listed",
                f"{file.result.omitted} more finding(s) counted but not listed, "
                f"over {len(file.findings)} per file ({detail})",
            )
        )
    return failures


def render_text(audit: Audit) -> str:
    """``PATH:LINE: severity: [check-id] message`` grouped by file, then a summary."""
    lines: list[str] = []
    for file in audit.files:
        for finding in file.findings:
            lines.append(
                f"{finding.path}:{finding.line}: {finding.severity}: "
                f"[{finding.check}] {finding.message}"
            )
        for name, message in _file_failures(file):
            lines.append(f"{file.path}: error: [{name}] {message}")
        if file.result.silenced:
            detail = ", ".join(
                f"{k}: {v}" for k, v in sorted(file.result.silenced_by_check.items())
            )
            lines.append(
                f"{file.path}: {file.result.silenced} finding(s) silenced "
                f"by ignore- flags ({detail})"
            )
    if lines:
        lines.append("")
    lines.append(format_table(_summary_rows(audit)))
    verdict = "passed" if audit.passed else "FAILED"
    lines.append(f"\n{len(audit.findings)} finding(s) in {len(audit.files)} file(s): {verdict}")
    return "\n".join(lines)


def github_annotations(audit: Audit) -> str:
    """GitHub Actions workflow commands, so findings show on the pull request's diff."""
    level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}

    def escape(value: str) -> str:
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    return "\n".join(
        f"::{level[f.severity]} file={f.path},line={f.line},title={f.check}::{escape(f.message)}"
        for f in audit.findings
    )


def render_json(audit: Audit) -> str:
    document = {
        "files": [
            {
                "path": file.path,
                "language": file.language,
                "stats": file.stats.as_dict(),
                "silenced": file.result.silenced,
                "omitted": dict(file.result.omitted_by_check),
            }
            for file in audit.files
        ],
        "findings": [f.as_dict() for f in audit.findings],
        "passed": audit.passed,
    }
    # Compact: a large corpus has many findings, and indenting takes json's slow path.
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


def render_junit(audit: Audit) -> str:
    """A testsuite per file, a failing testcase per finding, and one per other failure."""
    suites = ET.Element("testsuites", name="l10n check")
    for file in audit.files:
        others = _file_failures(file)
        failing = len(file.findings) + len(others)
        suite = ET.SubElement(
            suites,
            "testsuite",
            name=file.path,
            tests=str(max(1, failing)),
            failures=str(failing),
            errors="0",
        )
        if not failing:
            ET.SubElement(suite, "testcase", classname=file.path, name="all checks")
        for name, message in others:
            case = ET.SubElement(suite, "testcase", classname=file.path, name=name)
            ET.SubElement(
                case, "failure", message=message, type="error"
            ).text = f"{file.path}: {message}"
        for finding in file.findings:
            case = ET.SubElement(
                suite, "testcase", classname=file.path, name=f"{finding.check} line {finding.line}"
            )
            failure = ET.SubElement(
                case, "failure", message=finding.message, type=str(finding.severity)
            )
            failure.text = (
                f"{finding.path}:{finding.line}: {finding.message}\nmsgid: {finding.msgid or ''}"
            )
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode")


def render_sarif(audit: Audit) -> str:
    """SARIF 2.1.0, the format code-scanning services annotate pull requests from."""
    level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
    used = sorted({f.check for f in audit.findings})
    rules = [
        {
            "id": check_id,
            "shortDescription": {"text": CHECKS_BY_ID[check_id].description()},
            "defaultConfiguration": {"level": level[CHECKS_BY_ID[check_id].severity]},
        }
        for check_id in used
        if check_id in CHECKS_BY_ID
    ]

    def result(finding: Finding) -> dict[str, object]:
        return {
            "ruleId": finding.check,
            "level": level[finding.severity],
            "message": {"text": finding.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": finding.path},
                        "region": {"startLine": max(1, finding.line)},
                    }
                }
            ],
        }

    document = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "l10n",
                        "version": __version__,
                        "rules": rules,
                    }
                },
                "results": [result(f) for f in audit.findings],
                # Findings past the per-file limit are counted, not listed.
                "properties": {
                    "omittedFindings": {
                        file.path: dict(file.result.omitted_by_check)
                        for file in audit.files
                        if file.result.omitted
                    }
                },
            }
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False)


RENDERERS: dict[str, Renderer] = {
    "text": render_text,
    "json": render_json,
    "junit": render_junit,
    "sarif": render_sarif,
}
