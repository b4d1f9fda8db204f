"""What a check reports: one located, self-explaining problem.

A finding carries its message with it (no check has to run again to explain
itself) and everything a renderer needs to point at the entry: file, line,
context and msgid.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class Severity(IntEnum):
    """How urgent a finding is; comparable, so ``--fail-on`` is a threshold."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, name: str) -> Severity:
        try:
            return cls[name.strip().upper()]
        except KeyError:
            choices = ", ".join(str(s) for s in cls)
            raise ValueError(f"unknown severity {name!r} (expected one of {choices})") from None


@dataclass(frozen=True)
class Finding:
    """One problem one check found in one entry (or in the catalog as a whole)."""

    check: str
    severity: Severity
    path: str
    line: int
    message: str
    msgid: str | None = None
    msgctxt: str | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line,
            "msgctxt": self.msgctxt,
            "msgid": self.msgid,
            "check": self.check,
            "severity": str(self.severity),
            "message": self.message,
        }
