"""Project configuration: the ``[tool.l10n]`` table of ``pyproject.toml``.

Everything here is data layered over the checks' own defaults: which checks
run, their severities, and how complete each language must be. Unknown keys
and unknown check ids are errors naming the file and line; translate-toolkit's
silent ignoring of a misspelt check name is what this avoids::

    [tool.l10n]
    disable = ["end-punctuation"]      # or: enable = [...] for an explicit list
    fail-on = "error"                  # error | warning | info
    min-complete = 100                 # percent of entries translated, every language

    [tool.l10n.severity]
    double-space = "info"

    [tool.l10n.min-complete-per-language]
    ar = 90
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.checks import CHECKS, CHECKS_BY_ID
from toolkit.checks.base import Check
from toolkit.errors import ConfigError
from toolkit.findings import Severity

_KEYS = {"enable", "disable", "fail-on", "min-complete", "severity", "min-complete-per-language"}


@dataclass(frozen=True)
class Config:
    """What ``l10n check`` runs and what makes it fail."""

    checks: tuple[type[Check], ...] = CHECKS
    severities: dict[str, Severity] = field(default_factory=dict)
    fail_on: Severity = Severity.ERROR
    min_complete: float = 0.0
    min_complete_per_language: dict[str, float] = field(default_factory=dict)

    def threshold(self, language: str | None) -> float:
        return self.min_complete_per_language.get(language or "", self.min_complete)


def load_config(root: Path) -> Config:
    """The configuration of the project at ``root`` (defaults when there is none)."""
    path = root / "pyproject.toml"
    if not path.is_file():
        return Config()
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"line (\d+)", str(error))
        raise ConfigError(str(error), path, int(match.group(1)) if match else None) from None
    table = data.get("tool", {}).get("l10n")
    if table is None:
        return Config()
    return _parse(table, text, path)


def _line_of(text: str, key: str) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        if re.match(rf"\s*\"?{re.escape(key)}\"?\s*=", line) or f'"{key}"' in line:
            return number
    return None


def _check_ids(value: object, key: str, text: str, path: Path) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(
            f"[tool.l10n] {key} must be a list of check ids", path, _line_of(text, key)
        )
    for check_id in value:
        if check_id not in CHECKS_BY_ID:
            raise ConfigError(
                f"[tool.l10n] {key}: unknown check {check_id!r} (see 'l10n checks')",
                path,
                _line_of(text, check_id) or _line_of(text, key),
            )
    return value


def _percent(value: object, key: str, text: str, path: Path) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 100:
        raise ConfigError(
            f"[tool.l10n] {key} must be a percentage from 0 to 100", path, _line_of(text, key)
        )
    return float(value)


def _severity(value: object, key: str, text: str, path: Path) -> Severity:
    try:
        return Severity.parse(str(value))
    except ValueError as error:
        raise ConfigError(f"[tool.l10n] {key}: {error}", path, _line_of(text, key)) from None


def _parse(table: dict[str, object], text: str, path: Path) -> Config:
    for key in table:
        if key not in _KEYS:
            known = ", ".join(sorted(_KEYS))
            raise ConfigError(
                f"[tool.l10n] unknown key {key!r} (known: {known})", path, _line_of(text, key)
            )
    checks = CHECKS
    if "enable" in table:
        enabled = _check_ids(table["enable"], "enable", text, path)
        checks = tuple(c for c in CHECKS if c.id in enabled)
    if "disable" in table:
        disabled = _check_ids(table["disable"], "disable", text, path)
        checks = tuple(c for c in checks if c.id not in disabled)
    severities_table = table.get("severity", {})
    if not isinstance(severities_table, dict):
        raise ConfigError("[tool.l10n] severity must be a table", path, _line_of(text, "severity"))
    _check_ids(list(severities_table), "severity", text, path)
    severities = {k: _severity(v, k, text, path) for k, v in severities_table.items()}
    per_language = table.get("min-complete-per-language", {})
    if not isinstance(per_language, dict):
        raise ConfigError(
            "[tool.l10n] min-complete-per-language must be a table",
            path,
            _line_of(text, "min-complete-per-language"),
        )
    return Config(
        checks=checks,
        severities=severities,
        fail_on=_severity(table.get("fail-on", "error"), "fail-on", text, path),
        min_complete=_percent(table.get("min-complete", 0), "min-complete", text, path),
        min_complete_per_language={
            code: _percent(v, code, text, path) for code, v in per_language.items()
        },
    )
