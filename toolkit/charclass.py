"""Regular-expression character classes made from Unicode's character data.

Some sets of characters are defined by their Unicode category (combining
marks, invisible format characters), not by a list anyone could keep up to
date. A class listing each character is searched character by character by
the regex engine; written as ranges of consecutive code points it is a short
class that the engine tests in C.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable


def class_body(wanted: Callable[[str], bool], last: int = sys.maxunicode) -> str:
    """A regex class body (no brackets): the characters up to ``last`` that are ``wanted``."""
    ranges: list[list[int]] = []
    for code in range(last + 1):
        if not wanted(chr(code)):
            continue
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(
        re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges
    )
