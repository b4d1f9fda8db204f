"""The Python line breaking against the C library GNU gettext uses (libunistring 1.0).

Where libunistring.so.2 is installed (Debian 12, where msgcat is), every
comparison runs against it through ctypes: it is the oracle. Elsewhere only the
hand-checked UAX #14 facts run.
"""

from __future__ import annotations

import ctypes
import itertools
import random
from pathlib import Path

import pytest

from toolkit import _linebreak_data as data
from toolkit import linebreak
from toolkit.linebreak import MANDATORY, POSSIBLE, PROHIBITED

LIBRARY = Path("/lib/x86_64-linux-gnu/libunistring.so.2")


def _load() -> ctypes.CDLL | None:
    if not LIBRARY.exists():
        return None
    lib = ctypes.CDLL(str(LIBRARY))
    lib.u32_possible_linebreaks_v2.argtypes = [
        ctypes.c_void_p,
        ctypes.c_size_t,
        ctypes.c_char_p,
        ctypes.c_char_p,
    ]
    lib.u32_possible_linebreaks_v2.restype = None
    lib.u32_width_linebreaks_v2.argtypes = [
        ctypes.c_void_p,
        ctypes.c_size_t,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_char_p,
        ctypes.c_char_p,
    ]
    lib.u32_width_linebreaks_v2.restype = ctypes.c_int
    lib.uc_width.argtypes = [ctypes.c_uint32, ctypes.c_char_p]
    lib.uc_width.restype = ctypes.c_int
    return lib


LIB = _load()
needs_libunistring = pytest.mark.skipif(LIB is None, reason="libunistring.so.2 not installed")


def c_possible(text: str, encoding: str) -> list[int]:
    codepoints = (ctypes.c_uint32 * len(text))(*map(ord, text))
    out = ctypes.create_string_buffer(len(text))
    LIB.u32_possible_linebreaks_v2(codepoints, len(text), encoding.encode(), out)
    return list(out.raw)


def c_width_breaks(text, width, start, at_end, overrides, encoding) -> tuple[list[int], int]:
    codepoints = (ctypes.c_uint32 * len(text))(*map(ord, text))
    out = ctypes.create_string_buffer(len(text))
    column = LIB.u32_width_linebreaks_v2(
        codepoints,
        len(text),
        width,
        start,
        at_end,
        bytes(overrides) if overrides is not None else None,
        encoding.encode(),
        out,
    )
    return list(out.raw), column


def breaks_shown(text: str, breaks: list[int]) -> str:
    return "".join(("|" if b == POSSIBLE else "") + c for c, b in zip(text, breaks, strict=True))


# UAX #14 facts, checked by hand against the standard.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("take two tablets", "take |two |tablets"),
        ("anti-inflammatory", "anti-|inflammatory"),
        ("dose (mg)", "dose |(mg)"),
        ("10 mg.", "10 |mg."),
        ("高血圧です。", "高|血|圧|で|す。"),
        ("a\u00a0b c", "a\u00a0b |c"),
    ],
)
def test_break_opportunities_follow_uax14(text, expected):
    assert breaks_shown(text, linebreak.possible_linebreaks(text)) == expected


def test_newline_is_a_mandatory_break_and_crlf_one_break():
    assert linebreak.possible_linebreaks("a\nb") == [PROHIBITED, MANDATORY, PROHIBITED]
    assert linebreak.possible_linebreaks("a\r\nb") == [
        PROHIBITED,
        linebreak.CR_BEFORE_LF,
        MANDATORY,
        PROHIBITED,
    ]


def test_width_linebreaks_fills_lines_greedily():
    text = "aaa bbb ccc ddd"
    breaks, end = linebreak.width_linebreaks(text, 8)
    assert breaks_shown(text, breaks) == "aaa bbb |ccc ddd"
    assert end == 7


def test_wide_characters_count_two_columns():
    assert linebreak.string_width("日本") == 4
    assert linebreak.char_width("a") == 1
    assert linebreak.char_width("\u0301") == 0
    assert linebreak.char_width("\x01") == -1


def test_ambiguous_characters_are_wide_only_in_legacy_cjk_encodings():
    assert linebreak.char_width("§") == 1
    assert linebreak.char_width("§", "EUC-JP") == 2


def _samples() -> list[int]:
    """A few code points of every run of the class table, and common characters."""
    rng = random.Random(14)
    bounds = [*data.LB_STARTS, 0x110000]
    samples = []
    for start, end in itertools.pairwise(bounds):
        for _ in range(2):
            cp = rng.randrange(start, end)
            if not 0xD800 <= cp < 0xE000:
                samples.append(cp)
    return samples


COMMON = [
    ord(c)
    for c in (
        " \u00a0-\u2010()[]{}«»\"'.,;:!?/%$€0123456789abcXYZ\u05d0\u0301\u200d\u200b\u2028"
        "\r\n\t\u4e00\u3002\u3001\u3008\U0001f1e6\U0001f466\U0001f3fb\u0e01§#&*+=<>@\\^_`|~"
    )
]


@needs_libunistring
@pytest.mark.parametrize("seed", range(4))
def test_possible_and_width_linebreaks_match_libunistring(seed):
    rng = random.Random(seed)
    samples = _samples()
    for _ in range(3000):
        pool = rng.choice([samples, COMMON, COMMON + samples])
        text = "".join(chr(rng.choice(pool)) for _ in range(rng.randrange(1, 40)))
        encoding = rng.choice(["UTF-8", "UTF-8", "EUC-JP"])
        assert linebreak.possible_linebreaks(text, encoding) == c_possible(text, encoding), text
        width, start, at_end = rng.randrange(1, 30), rng.randrange(0, 10), rng.randrange(0, 3)
        overrides = None
        if rng.random() < 0.3:
            overrides = [rng.choice([0, 0, 0, PROHIBITED, POSSIBLE]) for _ in text]
        ours = linebreak.width_linebreaks(text, width, start, at_end, overrides, encoding)
        assert ours == c_width_breaks(text, width, start, at_end, overrides, encoding), text


@needs_libunistring
@pytest.mark.parametrize("encoding", ["UTF-8", "EUC-JP"])
def test_width_of_every_code_point_matches_uc_width(encoding):
    mismatches = [
        cp
        for cp in range(0x110000)
        if not 0xD800 <= cp < 0xE000
        and linebreak.char_width(chr(cp), encoding) != LIB.uc_width(cp, encoding.encode())
    ]
    assert mismatches == []


@pytest.mark.parametrize("encoding", ["UTF-8", "EUC-JP"])
def test_string_width_adds_up_character_widths(encoding):
    bounds = {cp for start in data.WIDTH_STARTS for cp in (start - 1, start, start + 1)}
    for cp in sorted(set(range(0x10000)) | bounds):
        if 0 <= cp < 0x110000 and not 0xD800 <= cp < 0xE000:
            expected = max(linebreak.char_width(chr(cp), encoding), 0)
            assert linebreak.string_width(chr(cp), encoding) == expected, hex(cp)
    text = "Fièvre 高血圧 \u0301\x01 😴 §"
    assert linebreak.string_width(text, encoding) == sum(
        max(linebreak.char_width(char, encoding), 0) for char in text
    )
