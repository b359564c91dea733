"""freed memory -> the operating system, between the corpus-wide stages of a large check.

The C allocator keeps the pages a stage freed (its pair arrays, its dictionaries) for later
use, scattered between live objects, so a process that ran stories and alignment over 100k
claims holds their peaks long after; the next stage's own peak then adds to what is kept.
glibc's `malloc_trim` hands the free pages back. Elsewhere (no such function) nothing is done.
Measured in benchmarks/README.md ("Memory at 20k and 100k claims").
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from functools import cache

__all__ = ["TRIM_FROM", "release"]

TRIM_FROM = 5000
"""items (claims) from which a corpus is large enough for its freed pages to matter: below,
a check (a request of the local service) spends nothing on this"""


@cache
def _trim() -> Callable[[int], int] | None:
    try:
        function: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None
    return function


def release(items: int) -> None:
    """Return the allocator's free pages to the system when `items` reaches `TRIM_FROM`."""
    if items < TRIM_FROM:
        return
    trim = _trim()
    if trim is not None:
        trim(0)
