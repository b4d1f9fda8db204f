"""Peak memory of ``l10n check`` on one huge PO file: it must not grow with the file.

Writes synthetic French catalogs of about ``--sizes`` megabytes (entries like
a dosing leaflet's, one in ten with a changed number so the findings pass the
per-file limit), runs ``l10n check`` on each in a fresh process and prints its
peak resident memory (``getrusage``'s ``ru_maxrss``) and time. Exit status 1
when the largest file's peak exceeds ``--limit`` MB or grows more than
``--growth`` MB over the smallest's::

    .venv/bin/python bench/memory.py [--sizes 10 100] [--limit 300] [--growth 50]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
#: Peak allowed for the largest file: the interpreter with Babel, the checks and the
#: Snowball/simplemma data (about 110 MB before the first entry), the checks' text
#: caches when full (TEXT_CACHE_SIZE), the findings kept (FINDINGS_LIMIT) and a hash
#: per entry to find duplicates (8 bytes and a set slot: about 20 MB for 270,000).
PEAK_LIMIT_MB = 300.0
#: Growth allowed from a 10 MB file to a 100 MB one: the duplicate hashes, no more.
GROWTH_LIMIT_MB = 50.0
HEADER = (
    'msgid ""\n'
    'msgstr ""\n'
    '"Project-Id-Version: memory benchmark\\n"\n'
    '"Language: fr\\n"\n'
    '"MIME-Version: 1.0\\n"\n'
    '"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Content-Transfer-Encoding: 8bit\\n"\n'
    '"Plural-Forms: nplurals=3; plural=(n == 0 || n == 1) ? 0 : "\n'
    '"n != 0 && n % 1000000 == 0 ? 1 : 2;\\n"\n'
)
ENTRY = (
    "\n#. paragraph {i}\n"
    "#: source/leaflet.md:{i}\n"
    'msgid ""\n'
    '"Patients taking {name} should not exceed 5 mg per kilogram of body weight "\n'
    '"in any 24-hour period, and must never combine it with alcohol."\n'
    'msgstr ""\n'
    '"Les patients prenant du {name} ne doivent pas dépasser {dose} mg par kilogramme "\n'
    "\"de poids corporel sur 24 heures, et ne jamais l'associer à l'alcool.\"\n"
)

#: A bounded vocabulary, as real text has: every entry is unique (a drug name made of
#: these syllables), but the term matcher's word caches stop growing.
SYLLABLES = tuple(a + b + c for a in "bdfgklmnpr" for b in "aeiou" for c in "ns")


def _name(i: int) -> str:
    parts = [SYLLABLES[i % len(SYLLABLES)]]
    while i >= len(SYLLABLES):
        i //= len(SYLLABLES)
        parts.append(SYLLABLES[i % len(SYLLABLES)])
    return " ".join(parts)


def write_catalog(path: Path, megabytes: float) -> int:
    """A catalog of about ``megabytes`` MB at ``path``; returns its number of entries."""
    target = int(megabytes * 1_000_000)
    size = 0
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        handle.write(HEADER)
        while size < target:
            block = "".join(
                ENTRY.format(i=i, name=_name(i), dose=6 if i % 10 == 0 else 5)
                for i in range(count, count + 1000)
            )
            handle.write(block)
            size += len(block.encode("utf-8"))
            count += 1000
    return count


CHECK = ("check", "-q", "--format", "json")


def measure(
    path: Path, glossary: bool = True, command: tuple[str, ...] = CHECK
) -> tuple[float, float, int]:
    """(peak RSS in MB, seconds, exit status) of ``l10n COMMAND PATH`` in a fresh process.

    With ``glossary``, the shipped project's glossary is used, so the term checks run.
    """
    project = REPO if glossary else path.parent
    child = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "code = subprocess.run([sys.executable, '-m', 'toolkit', '-C', sys.argv[2],\n"
        "    *sys.argv[3:], sys.argv[1]], stdout=subprocess.DEVNULL).returncode\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(peak, time.perf_counter() - start, code)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", child, str(path), str(project), *command],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    ).stdout.split()
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, else KiB
    return int(out[0]) * scale / 1e6, float(out[1]), int(out[2])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[10, 100], help="MB per file")
    parser.add_argument("--limit", type=float, default=PEAK_LIMIT_MB, help="peak MB allowed")
    parser.add_argument(
        "--growth", type=float, default=GROWTH_LIMIT_MB, help="MB of growth allowed"
    )
    parser.add_argument(
        "--no-glossary", action="store_true", help="check without the glossary (no term checks)"
    )
    args = parser.parse_args()
    peaks = []
    with tempfile.TemporaryDirectory() as folder:
        for megabytes in sorted(args.sizes):
            path = Path(folder) / f"huge-{megabytes:g}.po"
            entries = write_catalog(path, megabytes)
            peak, seconds, code = measure(path, glossary=not args.no_glossary)
            peaks.append(peak)
            print(
                f"{path.stat().st_size / 1e6:7.1f} MB, {entries:8d} entries: "
                f"peak RSS {peak:6.1f} MB, {seconds:6.1f} s, exit {code}",
                flush=True,
            )
            path.unlink()
    ok = peaks[-1] <= args.limit and peaks[-1] - peaks[0] <= args.growth
    print(f"limit {args.limit:g} MB, growth {args.growth:g} MB: {'ok' if ok else 'EXCEEDED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
