"""Fuzz the PO reader: it returns a Catalog or raises CatalogSyntaxError, nothing else.

    .venv/bin/python fuzz/fuzz_po_reader.py -atheris_runs=100000

With atheris installed (``.venv/bin/pip install -e '.[fuzz]'``) this is a
coverage-guided libFuzzer run seeded with the test data PO files (and any
corpus directory given after the options, e.g. ``.cache/corpus``); without
it, the same command runs a plain random-mutation loop over those seeds, so it
always works. Either way a successful read must write back and read again
with the same keys and translations, and writing that again gives the same
bytes (the writer normalises comments and flags, so the first write may not).
A crash prints the input and, under atheris, saves it as ``crash-*``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit.catalog import Catalog  # noqa: E402
from toolkit.errors import CatalogSyntaxError  # noqa: E402
from toolkit.pofile import read_po, write_po  # noqa: E402

SEEDS = sorted((ROOT / "tests" / "data").rglob("*.po")) + sorted(ROOT.glob("locales/**/*.po*"))


def check(data: bytes) -> None:
    """The property: any bytes read to a Catalog that round-trips, or fail cleanly."""
    try:
        catalog = read_po(data)
    except CatalogSyntaxError:
        return
    assert isinstance(catalog, Catalog)
    try:
        written = write_po(catalog)
    except CatalogSyntaxError:
        # Text the declared charset cannot hold (read from escapes) is reported, not lost.
        return
    again = read_po(written)
    # Writing normalizes layout, flags and comments, never what a program gets:
    assert _translations(again) == _translations(catalog), "round trip changed translations"
    # and what it writes is a fixed point.
    assert write_po(again) == written, "writing what was read back changed the file"


def _translations(catalog: Catalog) -> tuple:
    """Every entry's keys and translations (obsolete ones without a translation are dropped)."""
    return tuple(
        (m.obsolete, m.msgctxt, m.msgid, m.msgid_plural, m.msgstr, m.msgstr_plural)
        for m in catalog.messages
        if not m.obsolete or any(m.translations[:1])
    )


def _mutate(data: bytes, rng: random.Random, seeds: list[bytes]) -> bytes:
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        choice = rng.random()
        position = rng.randint(0, len(buffer))
        if choice < 0.3 and buffer:
            del buffer[position : position + rng.randint(1, 16)]
        elif choice < 0.55:
            buffer[position:position] = rng.choice(_TOKENS)
        elif choice < 0.75 and buffer:
            buffer[min(position, len(buffer) - 1)] = rng.randrange(256)
        elif choice < 0.9:
            other = rng.choice(seeds)
            start = rng.randint(0, len(other))
            buffer[position:position] = other[start : start + rng.randint(1, 200)]
        else:
            start = rng.randint(0, len(buffer))
            buffer[position:position] = buffer[start : start + rng.randint(1, 64)]
    return bytes(buffer)


_TOKENS = [
    *(
        token.encode()
        for token in (
            "msgid ",
            "msgstr ",
            "msgctxt ",
            "msgid_plural ",
            "msgstr[0] ",
            "msgstr[1] ",
            '"',
            '""',
            "\\",
            "\\n",
            "\\x",
            "\\7",
            "\\377",
            "#",
            "#~ ",
            "#| ",
            "#~| ",
            "#, ",
            "#: ",
            "#. ",
            "fuzzy",
            "c-format",
            "range: 1..2",
            "charset=",
            "charset=ISO-8859-1",
            "charset=SHIFT_JIS",
            "\n",
            "\r\n",
            "\n\n",
            " ",
            "\t",
            "[",
            "]",
            "0",
            ":",
            ",",
            "%s",
            "{0}",
            "domain ",
            "\\\n",
        )
    ),
    "é日😀".encode(),
    b"\xc3",
    b"\xff",
    b"\x00",
    b"\x04",
    b"\xef\xbb\xbf",
]


def _plain_loop(runs: int, seed: int) -> None:
    rng = random.Random(seed)
    seeds = [path.read_bytes() for path in SEEDS]
    for number in range(runs):
        data = _mutate(rng.choice(seeds), rng, seeds)
        try:
            check(data)
        except Exception:
            print(f"crash on run {number} with input {data!r}", file=sys.stderr)
            raise
        if number and number % 10000 == 0:
            print(f"#{number} runs, no crash", file=sys.stderr)
    print(f"done: {runs} runs, no crash (plain mutation loop, seed {seed})", file=sys.stderr)


def main() -> None:
    try:
        import atheris
    except ImportError:
        atheris = None
    if atheris is None:
        runs = next(
            (int(arg.split("=", 1)[1]) for arg in sys.argv if arg.startswith("-atheris_runs=")),
            100000,
        )
        seed = next((int(arg.split("=", 1)[1]) for arg in sys.argv if arg.startswith("-seed=")), 0)
        _plain_loop(runs, seed)
        return
    argv = list(sys.argv)
    if not any(not arg.startswith("-") for arg in argv[1:]):
        # No corpus directory given: seed from the test data, in a scratch directory.
        import tempfile

        seed_dir = Path(tempfile.mkdtemp(prefix="fuzz-po-"))
        for index, path in enumerate(SEEDS):
            (seed_dir / f"{index}-{path.name}").write_bytes(path.read_bytes())
        argv.append(str(seed_dir))
    atheris.instrument_all()  # the toolkit is imported already: instrument what is loaded
    atheris.Setup(argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
