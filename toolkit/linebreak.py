"""Unicode line breaking exactly as GNU gettext's tools do it (libunistring 1.0).

``msgcat``, ``msgmerge`` and friends wrap long PO strings with libunistring's
``ulc_width_linebreaks``: UAX #14 break opportunities, with libunistring's own
resolutions (ambiguous characters are alphabetic, except in legacy CJK
encodings where they are ideographic and two columns wide; complex-context
scripts such as Thai break nowhere inside a word) and a greedy fill by column
width. To write PO files byte for byte as those tools do, without needing the C
library (translators run this on macOS and Windows), this module is a Python
port of the algorithm of libunistring 1.0, per code point, over data measured
from that library by ``scripts/gen_linebreak_data.py`` (``_linebreak_data``).

Results are lists with one value per character of the input:
``PROHIBITED``, ``POSSIBLE`` (break before this character), ``MANDATORY``
(this character is a line break) and ``CR_BEFORE_LF``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from toolkit import _linebreak_data as _data

UNDEFINED = 0
PROHIBITED = 1
POSSIBLE = 2
MANDATORY = 3
CR_BEFORE_LF = 5

#: Encodings (as gettext canonicalizes them) in which libunistring treats
#: ambiguous-width characters as wide ideographs.
CJK_ENCODINGS = frozenset({"EUC-JP", "EUC-KR", "EUC-TW", "GB2312", "GBK", "BIG5", "CP949", "JOHAB"})

_CLASS = {name: index for index, name in enumerate(_data.CLASSES)}
_BK = _CLASS["BK"]
_CM = _CLASS["CM"]
_ZWJ = _CLASS["ZWJ"]
_SP = _CLASS["SP"]
_ZW = _CLASS["ZW"]
_RI = _CLASS["RI"]
_HL = _CLASS["HL"]
_HY = _CLASS["HY"]
_BA = _CLASS["BA"]
_AI = _CLASS["AI"]
_AL = _CLASS["AL"]
_ID = _CLASS["ID"]
#: A pseudo class: the character after a Hebrew letter was a hyphen or break-after.
_HL_BA = len(_data.CLASSES)

_COMBINING = frozenset({_CM, _ZWJ})
_NO_BREAK_AFTER = frozenset({_ZWJ, _HL_BA})
_HYPHENS = frozenset({_HY, _BA})

_DIRECT, _INDIRECT, _PROHIBITED = 0, 1, 2


def _build_table() -> list[list[int]]:
    size = len(_data.CLASSES) + 1
    table = [[_PROHIBITED] * size for _ in range(size)]
    codes = {"D": _DIRECT, "I": _INDIRECT, "P": _PROHIBITED}
    for before, row in zip(_data.TABLE_CLASSES, _data.TABLE, strict=True):
        for after, code in zip(_data.TABLE_CLASSES, row, strict=True):
            table[_CLASS[before]][_CLASS[after]] = codes[code]
    return table


_TABLE = _build_table()


def _build_bmp(starts: Sequence[int], values: Sequence[int], offset: int = 0) -> bytes:
    table = bytearray(0x10000)
    bounds = [*starts, 0x110000]
    for index, value in enumerate(values):
        start, end = bounds[index], min(bounds[index + 1], 0x10000)
        if start >= 0x10000:
            break
        table[start:end] = bytes([value + offset]) * (end - start)
    return bytes(table)


_BMP_CLASS = _build_bmp(_data.LB_STARTS, _data.LB_VALUES)
_BMP_WIDTH = _build_bmp(_data.WIDTH_STARTS, _data.WIDTH_VALUES, offset=1)
_CJK_WIDTH = {cp: width for start, end, width in _data.CJK_WIDTH_RUNS for cp in range(start, end)}


def line_break_class(char: str) -> str:
    """The UAX #14 class libunistring 1.0 gives ``char`` (before resolution)."""
    return _data.CLASSES[_class_of(ord(char))]


def _class_of(cp: int) -> int:
    if cp < 0x10000:
        return _BMP_CLASS[cp]
    return _data.LB_VALUES[bisect_right(_data.LB_STARTS, cp) - 1]


def char_width(char: str, encoding: str = "UTF-8") -> int:
    """Columns ``char`` takes, as libunistring's ``uc_width``: -1 for controls."""
    return _width_of(ord(char), encoding in CJK_ENCODINGS)


def _width_of(cp: int, cjk: bool) -> int:
    if cjk and cp in _CJK_WIDTH:
        return _CJK_WIDTH[cp]
    if cp < 0x10000:
        return _BMP_WIDTH[cp] - 1
    return _data.WIDTH_VALUES[bisect_right(_data.WIDTH_STARTS, cp) - 1]


_WIDTH_TABLES: dict[bool, list[str]] = {}


def _width_table(cjk: bool) -> list[str]:
    """For ``str.translate``: each BMP character becomes as many characters as it is wide."""
    table = _WIDTH_TABLES.get(cjk)
    if table is None:
        marks = ["", "", "x", "xx"]  # by width + 1: -1, 0, 1, 2
        table = [marks[width] for width in _BMP_WIDTH]
        if cjk:
            for cp, width in _CJK_WIDTH.items():
                if cp < 0x10000:
                    table[cp] = marks[width + 1]
        _WIDTH_TABLES[cjk] = table
    return table


def string_width(text: str, encoding: str = "UTF-8") -> int:
    """Columns ``text`` takes on one line, control characters counting nothing."""
    if text.isascii():
        return len(text) - len(_ASCII_CONTROLS.findall(text))
    cjk = encoding in CJK_ENCODINGS
    if max(text) <= "\uffff":
        return len(text.translate(_width_table(cjk)))
    return sum(max(_width_of(ord(char), cjk), 0) for char in text)


_ASCII_CONTROLS = re.compile("[\x00-\x1f\x7f]")


def possible_linebreaks(text: str, encoding: str = "UTF-8") -> list[int]:
    """Where a line may or must break in ``text`` (``u32_possible_linebreaks_v2``)."""
    ai_replacement = _ID if encoding in CJK_ENCODINGS else _AL
    table = _TABLE
    bmp = _BMP_CLASS
    result = [PROHIBITED] * len(text)
    prev_prop = _BK  # class of the previous character
    last_prop = _BK  # class of the last character that is not a space or combining mark
    seen_space = False
    ri_count = 0
    prev_cp = -1
    for index, char in enumerate(text):
        cp = ord(char)
        prop = bmp[cp] if cp < 0x10000 else _class_of(cp)
        if prop == _BK:
            # (LB4, LB5, LB6) Mandatory break; CR LF counts as one.
            result[index] = MANDATORY
            if prev_cp == 0x0D and cp == 0x0A:
                result[index - 1] = CR_BEFORE_LF
            prev_prop = _BK
            last_prop = _BK
            seen_space = False
        else:
            if prop == _AI:
                prop = ai_replacement
            if prop == _SP:
                # (LB7) No break just before a space.
                seen_space = True
            elif prop == _ZW:
                last_prop = _ZW
                seen_space = False
            elif prop in _COMBINING:
                if last_prop == _BK:
                    # (LB10) A combining mark at the start of a line is alphabetic.
                    last_prop = _AL
                    seen_space = False
                elif last_prop == _ZW or seen_space:
                    # (LB8, LB18) Break after a zero-width space or spaces.
                    result[index] = POSSIBLE
                    last_prop = _AL
                    seen_space = False
                # (LB9) Otherwise X CM is treated as X.
            else:
                if last_prop == _BK:
                    pass
                elif last_prop == _ZW:
                    result[index] = POSSIBLE
                elif prev_prop in _NO_BREAK_AFTER:
                    # (LB8a) No break right after a zero-width joiner;
                    # (LB21a) nor after a Hebrew letter and a hyphen.
                    pass
                elif last_prop == _RI and prop == _RI:
                    # (LB30a) Regional indicators pair up.
                    if seen_space or ri_count % 2 == 0:
                        result[index] = POSSIBLE
                else:
                    code = table[last_prop][prop]
                    if code == _DIRECT or (code == _INDIRECT and seen_space):
                        result[index] = POSSIBLE
                last_prop = prop
                seen_space = False
            prev_prop = _HL_BA if prev_prop == _HL and prop in _HYPHENS else prop
        ri_count = ri_count + 1 if prop == _RI else 0
        prev_cp = cp
    return result


def width_linebreaks(
    text: str,
    width: int,
    start_column: int = 0,
    at_end_columns: int = 0,
    overrides: Sequence[int] | None = None,
    encoding: str = "UTF-8",
) -> tuple[list[int], int]:
    """Break opportunities chosen to fill lines of ``width`` columns, greedily.

    As ``ulc_width_linebreaks``: the first line already holds ``start_column``
    columns, the last must leave ``at_end_columns`` free, and ``overrides``
    (``UNDEFINED`` where none) replaces the break value of single characters.
    Returns the breaks (``POSSIBLE`` where a line break goes, ``MANDATORY`` on
    line-break characters) and the column where the text ends.
    """
    breaks = possible_linebreaks(text, encoding)
    cjk = encoding in CJK_ENCODINGS
    bmp_width = _BMP_WIDTH
    last_break = -1
    last_column = start_column
    piece_width = 0
    for index, char in enumerate(text):
        if overrides is not None and overrides[index] != UNDEFINED:
            breaks[index] = overrides[index]
        value = breaks[index]
        if value != PROHIBITED:
            if last_break >= 0 and last_column + piece_width > width:
                breaks[last_break] = POSSIBLE
                last_column = 0
            if value != POSSIBLE:
                last_break = -1
                last_column = 0
                piece_width = 0
                continue
            last_break = index
            last_column += piece_width
            piece_width = 0
            breaks[index] = PROHIBITED
        cp = ord(char)
        w = bmp_width[cp] - 1 if cp < 0x10000 and not cjk else _width_of(cp, cjk)
        if w > 0:
            piece_width += w
    if last_break >= 0 and last_column + piece_width + at_end_columns > width:
        breaks[last_break] = POSSIBLE
        last_column = 0
    return breaks, last_column + piece_width
