"""Phrase tables -> regular-expression pieces: spaces match hyphens, apostrophes match both."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

__all__ = ["SEP", "alt", "lead", "norm", "piece", "table"]

SEP = r"(?:\s*[-\u2010\u2011]\s*|\s+)"
_SPACES = re.compile(r"[\s\-\u2010\u2011]+")
_ELISION = re.compile(r"'\s+")


@lru_cache(maxsize=8192)
def norm(s: str) -> str:
    """A table key or a matched surface in one form: lower case, one space, straight quote."""
    s = _SPACES.sub(" ", s.lower().replace("’", "'"))
    return _ELISION.sub("'", s).strip(" .")


def piece(key: str) -> str:
    """The pattern of one key: a space also matches a hyphen, an apostrophe both forms."""
    out = []
    for ch in key:
        if ch == " ":
            out.append(SEP)
        elif ch == "'":
            out.append(r"['’]\s*")
        else:
            out.append(re.escape(ch))
    return "".join(out) + (r"(?!\w)" if key[-1].isalnum() else "")


def alt(keys: Iterable[str]) -> str:
    """One group matching any key, longest first (never matches when there are none)."""
    ordered = sorted({norm(k) for k in keys}, key=len, reverse=True)
    return "(?:" + "|".join(piece(k) for k in ordered) + ")" if ordered else r"(?!)"


def lead(keys: Iterable[str]) -> str:
    """Alternatives each followed by their separator (none after an apostrophe)."""
    ordered = sorted({norm(k) for k in keys}, key=len, reverse=True)
    parts = [piece(k) + ("" if k.endswith("'") else SEP) for k in ordered]
    return "(?:" + "|".join(parts) + ")" if parts else r"(?!)"


def table(*tables: Mapping[str, int]) -> dict[str, int]:
    """Tables merged, keyed by `norm`."""
    return {norm(k): v for t in tables for k, v in t.items()}
