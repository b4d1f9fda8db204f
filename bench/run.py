"""Benchmark ``l10n check`` against its peers, on the same files in the same run.

    .venv/bin/python bench/run.py            # everything (about ten minutes)
    .venv/bin/python bench/run.py --quick    # smaller synthetic corpus

Peers: a loop of ``msgfmt -c --statistics`` over every file (what a CI job
without this toolkit runs), translate-toolkit's ``pofilter`` (installed into
the virtualenv on first use), and Babel's PO parser alone. Corpora: the ~1,300
real PO files of Django and Sphinx (downloaded once into ``.cache/``), and a
deterministic synthetic corpus of 20 languages with a 2,000-concept glossary.
Ratios are against the msgfmt loop measured in the same run. The synthetic
catalogs translate texts of their own per language; a last corpus is that of
one project, where every catalog translates the same English. Whether time
depends on the glossary's size is measured on one corpus (that of a 200-concept
glossary) checked against that glossary and against one ten times larger that
contains it: the same matches, ten times the terms.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import logging
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.synthetic import write_corpus  # noqa: E402
from tests.corpus import corpus_po_files  # noqa: E402

logging.getLogger("babel").setLevel(logging.ERROR)

BIN = Path(sys.executable).parent
CACHE = ROOT / ".cache" / "bench"


#: Runs of each measurement; the fastest counts, as with ``timeit``: what is slower
#: than it is the machine's noise (other processes, caches), not the tool's work.
REPEAT = 3


def timed(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def run_quiet(command: list[str], cwd: Path | None = None) -> None:
    subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def msgfmt_loop(files: list[Path]) -> None:
    for path in files:
        run_quiet(["msgfmt", "-c", "--statistics", "-o", "/dev/null", str(path)])


def l10n_check(files: list[Path], glossary: Path | None = None) -> None:
    """The real command, from an empty folder so no project configuration applies."""
    with tempfile.TemporaryDirectory() as empty:
        command = [str(BIN / "l10n"), "check", "--format", "json"]
        if glossary is not None:
            command += ["--glossary", str(glossary)]
        result = subprocess.run(
            [*command, *map(str, files)],
            cwd=empty,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        if result.returncode not in (0, 1):
            raise SystemExit(f"l10n check failed: {result.stderr.decode()[-2000:]}")


def pofilter(files: list[Path]) -> None:
    """translate-toolkit's checker over a folder holding exactly these files."""
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "in"
        for index, path in enumerate(files):
            target = source / f"{index:05d}" / path.name
            target.parent.mkdir(parents=True)
            target.symlink_to(path)
        run_quiet(
            [str(BIN / "pofilter"), "--progress=none", "-i", str(source), "-o", f"{work}/out"]
        )


def babel_parse(files: list[Path]) -> None:
    """Babel's parser over every file; the warnings it prints about odd entries are dropped."""
    from babel.messages.pofile import read_po

    with contextlib.redirect_stdout(io.StringIO()):
        for path in files:
            with path.open("rb") as handle:
                read_po(handle)


def ensure_pofilter() -> None:
    if importlib.util.find_spec("translate") is None or not (BIN / "pofilter").exists():
        print("installing translate-toolkit (pofilter) into the virtualenv...", flush=True)
        subprocess.run([str(BIN / "pip"), "install", "-q", "translate-toolkit"], check=True)


def report(title: str, rows: list[tuple[str, float]], baseline: float) -> None:
    width = max(len(name) for name, _ in rows)
    print(f"\n{title}")
    print(f"  {'tool':{width}} {'seconds':>8} {'x msgfmt loop':>14}")
    for name, seconds in rows:
        print(f"  {name:{width}} {seconds:8.2f} {seconds / baseline:14.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="2,500 entries per language, not 10,000"
    )
    parser.add_argument("--skip-pofilter", action="store_true")
    parser.add_argument(
        "--repeat",
        type=int,
        default=REPEAT,
        help=f"runs of each measurement, the fastest counts (default {REPEAT}; pofilter runs once)",
    )
    args = parser.parse_args()

    def best(action: Callable[[], object]) -> float:
        return timed(action, max(1, args.repeat))

    if shutil.which("msgfmt") is None:
        raise SystemExit("GNU gettext's msgfmt is needed: apt-get install gettext")
    if not args.skip_pofilter:
        ensure_pofilter()

    real = corpus_po_files()
    print(f"real corpus: {len(real)} PO files of Django and Sphinx")
    baseline = best(lambda: msgfmt_loop(real))
    rows = [
        ("msgfmt -c --statistics, once per file", baseline),
        ("Babel's read_po alone (no checks)", best(lambda: babel_parse(real))),
        ("l10n check, every check", best(lambda: l10n_check(real))),
    ]
    if not args.skip_pofilter:
        rows.append(
            ("pofilter (translate-toolkit), default checks", timed(lambda: pofilter(real), 1))
        )
    report("Real corpus", rows, baseline)

    entries = 2_500 if args.quick else 10_000
    files, glossary_big = write_corpus(CACHE / "synthetic", 20, entries, 2_000)
    small_files, glossary_small = write_corpus(CACHE / "synthetic", 20, entries, 200)
    doubled, _ = write_corpus(CACHE / "synthetic", 20, entries * 2, 2_000)
    # The same languages and glossary with 10 entries each: what any run costs
    # before it checks anything (reading the glossary, building its automata,
    # loading the lemmatisers' dictionaries).
    tiny, _ = write_corpus(CACHE / "synthetic", 20, 10, 2_000)
    print(
        f"\nsynthetic corpus: 20 languages x {entries:,} entries using the terms of a "
        "2,000-concept glossary (and of a 200-concept one, the first tenth of it)"
    )
    baseline = best(lambda: msgfmt_loop(files))
    rows = [
        ("msgfmt -c --statistics, once per file", baseline),
        (
            "l10n check, every check, 2,000-concept glossary",
            best(lambda: l10n_check(files, glossary_big)),
        ),
        (
            f"l10n check, 2,000 concepts, corpus doubled ({entries * 2:,}/lang)",
            best(lambda: l10n_check(doubled, glossary_big)),
        ),
        (
            "l10n check, startup alone (20 catalogs of 10 entries), 2,000 concepts",
            best(lambda: l10n_check(tiny, glossary_big)),
        ),
        (
            "l10n check, corpus of 200 concepts' terms, 200-concept glossary",
            best(lambda: l10n_check(small_files, glossary_small)),
        ),
        (
            "l10n check, corpus of 200 concepts' terms, 2,000-concept glossary",
            best(lambda: l10n_check(small_files, glossary_big)),
        ),
    ]
    if not args.skip_pofilter:
        rows.append(
            ("pofilter (translate-toolkit), default checks", timed(lambda: pofilter(files), 1))
        )
    report("Synthetic corpus", rows, baseline)

    # The catalogs of one project translate one template: the same English in every
    # language. The corpus above is the harder case, with texts of its own per language.
    shared, _ = write_corpus(CACHE / "synthetic", 20, entries, 2_000, shared_sources=True)
    baseline = best(lambda: msgfmt_loop(shared))
    rows = [
        ("msgfmt -c --statistics, once per file", baseline),
        (
            "l10n check, every check, 2,000-concept glossary",
            best(lambda: l10n_check(shared, glossary_big)),
        ),
    ]
    report("Synthetic corpus of one project: the same English in every catalog", rows, baseline)


if __name__ == "__main__":
    main()
