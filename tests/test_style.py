"""The code stays as the project writes it: ruff's lint rules and its formatting."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
RUFF = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")


@pytest.mark.parametrize("command", [["check"], ["format", "--check"]], ids=["lint", "format"])
def test_ruff_is_satisfied(command):
    assert RUFF is not None, "ruff is missing: pip install -e '.[test]'"
    result = subprocess.run(
        [RUFF, *command, "toolkit", "preview", "tests", "bench", "fuzz"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
