"""The [tool.l10n] table: layered over defaults, and loud about mistakes."""

from __future__ import annotations

import pytest

from toolkit.checks import CHECKS
from toolkit.config import Config, load_config
from toolkit.errors import ConfigError
from toolkit.findings import Severity


def write(tmp_path, body: str):
    (tmp_path / "pyproject.toml").write_text(body)
    return tmp_path


def test_defaults_without_file_or_table(tmp_path):
    assert load_config(tmp_path) == Config()
    assert load_config(write(tmp_path, "[project]\nname = 'x'\n")) == Config()


def test_full_table(tmp_path):
    config = load_config(
        write(
            tmp_path,
            '[tool.l10n]\ndisable = ["fuzzy"]\nfail-on = "warning"\nmin-complete = 95\n'
            '[tool.l10n.severity]\nuntranslated = "warning"\n'
            "[tool.l10n.min-complete-per-language]\nar = 80\n",
        ),
    )
    assert "fuzzy" not in {c.id for c in config.checks}
    assert len(config.checks) == len(CHECKS) - 1
    assert config.fail_on is Severity.WARNING
    assert config.severities == {"untranslated": Severity.WARNING}
    assert config.threshold("ar") == 80 and config.threshold("fr") == 95


def test_enable_is_an_explicit_list(tmp_path):
    config = load_config(write(tmp_path, '[tool.l10n]\nenable = ["header", "untranslated"]\n'))
    assert [c.id for c in config.checks] == ["untranslated", "header"]


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        ('[tool.l10n]\ndisable = ["untranslatd"]\n', 2, "unknown check 'untranslatd'"),
        ("[tool.l10n]\nfail_on = 'error'\n", 2, "unknown key 'fail_on'"),
        ("[tool.l10n]\nmin-complete = 150\n", 2, "percentage"),
        ("[tool.l10n]\n\nfail-on = 'fatal'\n", 3, "unknown severity"),
        ("[tool.l10n.severity]\nfuzy = 'info'\n", 2, "unknown check 'fuzy'"),
        ("[tool.l10n\n", 1, ""),
    ],
)
def test_mistakes_are_located(tmp_path, body, line, words):
    with pytest.raises(ConfigError) as error:
        load_config(write(tmp_path, body))
    assert error.value.line == line
    assert words in error.value.message
    assert error.value.path.endswith("pyproject.toml")
