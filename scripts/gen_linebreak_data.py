"""Generate ``toolkit/_linebreak_data.py`` by probing the installed libunistring.

GNU msgcat wraps PO strings with libunistring's ``ulc_width_linebreaks``. To
wrap exactly like it without needing libunistring at run time, ``toolkit.linebreak``
ports the algorithm to Python; this script measures the data the algorithm
needs from the very library msgcat uses (libunistring 1.0 on Debian 12):

* the line-break class of every code point, inferred from the breaks
  ``u32_possible_linebreaks_v2`` reports around it next to one representative
  character of each class (code points that behave alike in every probe form
  one class, named after the representative that behaves the same way);
* the pair table (direct, indirect or prohibited break) between the classes;
* the column width (``uc_width``) of every code point, for UTF-8 and for the
  legacy CJK encodings in which ambiguous characters are two columns wide.

Run it with ``python scripts/gen_linebreak_data.py [path/to/libunistring.so.2]``.
It is a development tool: the generated module is committed.
"""

from __future__ import annotations

import ctypes
import re
import sys
from array import array
from pathlib import Path

LIBRARY = "/lib/x86_64-linux-gnu/libunistring.so.2"
OUTPUT = Path(__file__).resolve().parent.parent / "toolkit" / "_linebreak_data.py"

PROHIBITED, POSSIBLE, MANDATORY, CR_BEFORE_LF = 1, 2, 3, 5

#: One representative per UAX #14 class. The order decides which name a group
#: of identically behaving code points gets (the first representative that
#: behaves like it), so special classes the algorithm tests for come first.
REPRESENTATIVES = {
    "BK": 0x2028,
    "CR": 0x000D,
    "LF": 0x000A,
    "CM": 0x0301,
    "ZWJ": 0x200D,
    "SP": 0x0020,
    "ZW": 0x200B,
    "RI": 0x1F1E6,
    "HL": 0x05D0,
    "HY": 0x002D,
    "BA": 0x2010,
    "AI": 0x00A7,
    "WJ": 0x2060,
    "GL": 0x00A0,
    "B2": 0x2014,
    "BB": 0x00B4,
    "ID": 0x4E00,
    "CB": 0xFFFC,
    "CL": 0x007D,
    "CP": 0x0029,
    "EX": 0x0021,
    "IN": 0x2024,
    "NS": 0x3005,
    "OP": 0x0028,
    "OPW": 0x3008,
    "QU": 0x0022,
    "IS": 0x002C,
    "NU": 0x0030,
    "PO": 0x0025,
    "PR": 0x0024,
    "SY": 0x002F,
    "AL": 0x0041,
    "EB": 0x1F466,
    "EM": 0x1F3FB,
    "H2": 0xAC00,
    "H3": 0xAC01,
    "JL": 0x1100,
    "JV": 0x1160,
    "JT": 0x11A8,
}
LS, SP, AL, HY, BA, HL = 0x2028, 0x20, 0x41, 0x2D, 0x2010, 0x05D0

UTF8 = b"UTF-8"
CJK = b"EUC-JP"
N = 0x110000


def load(path: str) -> ctypes.CDLL:
    lib = ctypes.CDLL(path)
    lib.u32_possible_linebreaks_v2.argtypes = [
        ctypes.c_void_p,
        ctypes.c_size_t,
        ctypes.c_char_p,
        ctypes.c_char_p,
    ]
    lib.u32_possible_linebreaks_v2.restype = None
    lib.uc_width.argtypes = [ctypes.c_uint32, ctypes.c_char_p]
    lib.uc_width.restype = ctypes.c_int
    return lib


def breaks(lib: ctypes.CDLL, codepoints: array, encoding: bytes) -> bytes:
    n = len(codepoints)
    out = ctypes.create_string_buffer(n)
    address, _ = codepoints.buffer_info()
    lib.u32_possible_linebreaks_v2(address, n, encoding, out)
    return out.raw


def probe_column(lib, pattern: list[int | None], target: int, encoding: bytes) -> bytes:
    """The break value at ``pattern[target]`` for every code point put at the ``None`` slot.

    One call covers all code points: the pattern is repeated once per code
    point, each repetition starting with a line separator (class BK) that
    resets the state. (Not a line feed: a CR before it would become CR-LF.)
    """
    width = len(pattern)
    slot = pattern.index(None)
    template = array("I", [0 if x is None else x for x in pattern])
    text = template * N
    text[slot::width] = array("I", range(N))
    return breaks(lib, text, encoding)[target::width]


def change_points(column: bytes) -> set[int]:
    """The indexes i > 0 where column[i] differs from column[i - 1]."""
    diff = int.from_bytes(column[1:], "big") ^ int.from_bytes(column[:-1], "big")
    raw = diff.to_bytes(len(column) - 1, "big")
    return {match.start() + 1 for match in re.finditer(rb"[^\x00]", raw)}


def probes() -> list[tuple[list[int | None], int, bytes]]:
    """Every (pattern, target index, encoding) whose results make a signature."""
    result: list[tuple[list[int | None], int, bytes]] = []
    for rep in REPRESENTATIVES.values():
        result.append(([LS, rep, None], 2, UTF8))
        result.append(([LS, None, rep], 2, UTF8))
        result.append(([LS, rep, SP, None], 3, UTF8))
        result.append(([LS, None, SP, rep], 3, UTF8))
        result.append(([LS, rep, None], 2, CJK))
        result.append(([LS, None, rep], 2, CJK))
    result.append(([LS, HL, None, AL], 3, UTF8))
    result.append(([LS, None, HY, AL], 3, UTF8))
    result.append(([LS, None, BA, AL], 3, UTF8))
    result.append(([LS, None, None, AL], 3, UTF8))
    return result


def classify(lib) -> tuple[list[int], list[str]]:
    """Run starts and the class name of each run, covering every code point."""
    columns = []
    for pattern, target, encoding in probes():
        if pattern.count(None) > 1:
            first = pattern.index(None)
            pattern = list(pattern)
            # Both slots get the same code point: fill the second one after the first.
            columns.append(_probe_twice(lib, pattern, target, encoding, first))
        else:
            columns.append(probe_column(lib, pattern, target, encoding))
    bounds = {0}
    for column in columns:
        bounds |= change_points(column)
    starts = sorted(bounds)
    signatures = [bytes(column[s] for column in columns) for s in starts]
    rep_signature = {}
    for name, cp in REPRESENTATIVES.items():
        index = _run_index(starts, cp)
        rep_signature.setdefault(signatures[index], name)
    names = []
    unknown: dict[bytes, str] = {}
    for start, signature in zip(starts, signatures, strict=True):
        name = rep_signature.get(signature)
        if name is None:
            name = unknown.setdefault(signature, f"UNKNOWN{len(unknown)}")
            print(
                f"warning: U+{start:04X} behaves like no representative ({name})", file=sys.stderr
            )
        names.append(name)
    return _merge(starts, names)


def _probe_twice(lib, pattern, target, encoding, first) -> bytes:
    width = len(pattern)
    template = array("I", [0 if x is None else x for x in pattern])
    text = template * N
    codepoints = array("I", range(N))
    for slot, value in enumerate(pattern):
        if value is None:
            text[slot::width] = codepoints
    return breaks(lib, text, encoding)[target::width]


def _run_index(starts: list[int], cp: int) -> int:
    from bisect import bisect_right

    return bisect_right(starts, cp) - 1


def _merge(starts: list[int], values: list) -> tuple[list[int], list]:
    merged_starts: list[int] = []
    merged_values: list = []
    for start, value in zip(starts, values, strict=True):
        if merged_values and merged_values[-1] == value:
            continue
        merged_starts.append(start)
        merged_values.append(value)
    return merged_starts, merged_values


def pair_table(lib, classes: list[str]) -> dict[tuple[str, str], str]:
    """D (direct break), I (indirect: only after spaces) or P (prohibited)."""
    table = {}
    for before in classes:
        for after in classes:
            x, y = REPRESENTATIVES[before], REPRESENTATIVES[after]
            direct = breaks(lib, array("I", [LS, x, y]), UTF8)[2]
            spaced = breaks(lib, array("I", [LS, x, SP, y]), UTF8)[3]
            table[before, after] = "D" if direct == POSSIBLE else "I" if spaced == POSSIBLE else "P"
    return table


def widths(lib, encoding: bytes) -> tuple[list[int], list[int]]:
    values = [lib.uc_width(cp, encoding) for cp in range(N)]
    starts = [0]
    runs = [values[0]]
    for cp in range(1, N):
        if values[cp] != runs[-1]:
            starts.append(cp)
            runs.append(values[cp])
    return starts, runs


def _wrapped(name: str, values: tuple, width: int = 99) -> list[str]:
    """``NAME = (...)`` spread over lines of at most ``width`` characters."""
    lines = [f"{name} = ("]
    line = "   "
    for value in values:
        item = f" {value!r},"
        if len(line) + len(item) > width:
            lines.append(line)
            line = "   "
        line += item
    lines += [line, ")"]
    return lines


def render(lb_starts, lb_names, table, table_classes, w_starts, w_values, cjk_w) -> str:
    class_names = sorted(set(lb_names), key=list(REPRESENTATIVES).index)
    index = {name: i for i, name in enumerate(class_names)}
    lines = [
        '"""Line-break classes, pair table and column widths of libunistring 1.0.',
        "",
        "Generated by scripts/gen_linebreak_data.py from the library GNU msgcat 0.21",
        "uses; do not edit. Ranges are sorted run starts with one value per run.",
        '"""',
        "",
        *_wrapped("CLASSES", tuple(class_names)),
        "#: Where each run of code points of one class starts, and its class.",
        *_wrapped("LB_STARTS", tuple(lb_starts)),
        *_wrapped("LB_VALUES", tuple(index[name] for name in lb_names)),
        "#: For each class in TABLE_CLASSES (the row: class before the break), one",
        "#: character per class (the column: class after): D, I or P.",
        *_wrapped("TABLE_CLASSES", tuple(table_classes)),
        "TABLE = (",
    ]
    for before in table_classes:
        row = "".join(table[before, after] for after in table_classes)
        lines.append(f"    {row!r},  # {before}")
    lines += [
        ")",
        "#: Column widths (uc_width) by runs, -1 for control characters.",
        *_wrapped("WIDTH_STARTS", tuple(w_starts)),
        *_wrapped("WIDTH_VALUES", tuple(w_values)),
        "#: Widths in legacy CJK encodings, where they differ: (start, end, width).",
        *_wrapped("CJK_WIDTH_RUNS", tuple(cjk_w)),
        "",
    ]
    return "\n".join(lines)


def cjk_differences(lib, utf8_values_starts, utf8_values) -> list[tuple[int, int, int]]:
    from bisect import bisect_right

    runs: list[tuple[int, int, int]] = []
    for cp in range(N):
        cjk = lib.uc_width(cp, CJK)
        utf8 = utf8_values[bisect_right(utf8_values_starts, cp) - 1]
        if cjk != utf8:
            if runs and runs[-1][1] == cp and runs[-1][2] == cjk:
                runs[-1] = (runs[-1][0], cp + 1, cjk)
            else:
                runs.append((cp, cp + 1, cjk))
    return runs


def main(argv: list[str]) -> int:
    lib = load(argv[1] if len(argv) > 1 else LIBRARY)
    lb_starts, lb_names = classify(lib)
    special = {"BK", "CR", "LF", "CM", "ZWJ", "SP", "ZW"}
    table_classes = [
        name for name in REPRESENTATIVES if name in set(lb_names) and name not in special
    ]
    table = pair_table(lib, table_classes)
    w_starts, w_values = widths(lib, UTF8)
    cjk_w = cjk_differences(lib, w_starts, w_values)
    OUTPUT.write_text(
        render(lb_starts, lb_names, table, table_classes, w_starts, w_values, cjk_w),
        encoding="utf-8",
    )
    print(
        f"wrote {OUTPUT}: {len(lb_starts)} class runs, {len(w_starts)} width runs, "
        f"{len(cjk_w)} CJK width runs, classes {sorted(set(lb_names))}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
