"""When Python's cycle collector runs while the toolkit builds or checks a lot.

A full pass of the collector walks every live object. Reading a glossary
builds a few hundred thousand small acyclic objects, and checking with a
glossary keeps the lemmatisers' dictionaries (millions of strings) alive, so
collector passes can cost as much as the work they interrupt while finding
nothing to free: what the toolkit builds holds no reference cycles, and
reference counting frees it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No collector pass while building acyclic data (restored after, even on error)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


#: Allocations between two passes over young objects while catalogs are checked
#: (Python's default is 700): checking makes many short-lived objects, few cycles.
CHECKING_THRESHOLD = (50_000, 50, 50)


def collect_less_often() -> None:
    """Fewer collector passes from now on: for a process that only checks."""
    gc.set_threshold(*CHECKING_THRESHOLD)


@contextmanager
def collecting_less_often() -> Iterator[None]:
    """Fewer collector passes for the duration (thresholds restored after)."""
    previous = gc.get_threshold()
    collect_less_often()
    try:
        yield
    finally:
        gc.set_threshold(*previous)


def set_aside_long_lived() -> None:
    """Keep what is alive now (glossary, automata, dictionaries) out of later passes.

    For a long run over many catalogs: called between catalogs, so each
    catalog's passes only look at what that catalog made.
    """
    gc.freeze()
