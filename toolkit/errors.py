"""The one error family the toolkit raises on bad input.

Every error carries the file and line it is about, so the command line and the
preview can show ``PATH:LINE: message`` and nothing else: no traceback ever
reaches a translator.
"""

from __future__ import annotations

from pathlib import Path


class ToolkitError(Exception):
    """Bad input or a failed operation, located in a file when possible."""

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line

    def __reduce__(self) -> tuple[object, ...]:
        # Keep the location when an error crosses a process boundary (parallel checks).
        return (type(self), (self.message, self.path, self.line))

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        if self.line is None:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"


class CatalogSyntaxError(ToolkitError):
    """A PO or POT file that gettext's own reader would reject."""


class SourceError(ToolkitError):
    """A Markdown source article that cannot be segmented."""


class LocaleError(ToolkitError):
    """A language code that Babel (and so CLDR) does not know."""


class GlossaryError(ToolkitError):
    """A TBX or CSV glossary that cannot be read."""


class ConfigError(ToolkitError):
    """A ``[tool.l10n]`` configuration that cannot be used."""


class LockedError(ToolkitError):
    """Another l10n process is writing the same files."""
